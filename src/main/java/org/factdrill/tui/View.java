package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import org.factdrill.store.StoreException;

/** One screen of the TUI: draws itself and reacts to keys; the {@link App} owns the loop. */
public interface View {
  /** Title shown in the top bar. */
  String title();

  /** Draws the body between the top bar (row 0) and the hint line (last row). */
  void draw(Canvas c);

  /** Key hints for the bottom line, e.g. "Enter study  b bank  ? help  q quit". */
  String hints();

  /**
   * Handles a key the app did not handle (Ctrl-C, EOF and {@code ?} are global). Returns false
   * when the view does not use the key; the app then treats q/Esc as "back".
   */
  boolean key(KeyStroke k) throws IOException, StoreException;

  /** Called when the view becomes the top one again (after a screen above it closes). */
  default void resume() throws StoreException {}

  /**
   * Called once right after the first frame: a view drawn from its quickest figures computes
   * the rest now. Returns true when it changed anything, so the app draws it again.
   */
  default boolean settle() throws StoreException {
    return false;
  }

  /**
   * Called by the loop while no key is pending: a view waiting on background work picks its
   * result up here (on the UI thread). Returns true when the view should be drawn again.
   */
  default boolean tick() throws IOException {
    return false;
  }

  /** Called before the view is dropped (back or quit), e.g. to save a pending answer. */
  default void leave() throws StoreException {}

  /** Whether the view is reading free text, so q and ? are typed rather than commands. */
  default boolean typing() {
    return false;
  }
}
