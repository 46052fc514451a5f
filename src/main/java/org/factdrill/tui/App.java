package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.Bank;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.study.SessionFactory;
import org.factdrill.study.SessionSettings;
import org.factdrill.study.StudySession;
import org.factdrill.tui.Theme.Role;

/**
 * The TUI: one render/event loop over a Lanterna {@link Screen} and a stack of {@link View}s
 * (Home at the bottom), plus what every view needs (bank, store, profile, clock, theme, words).
 * Global keys: Ctrl-C quits, end of input quits, {@code ?} opens help, q/Esc go back. Below
 * {@value #MIN_COLS}x{@value #MIN_ROWS} it shows a message instead of a garbled screen. The caller
 * owns starting and stopping the screen (see {@link TerminalUi}).
 */
public final class App {
  public static final int MIN_COLS = 60;
  public static final int MIN_ROWS = 16;
  /** Idle wait between input polls; resizes are picked up within this time. */
  private static final long POLL_MS = 15;

  /**
   * Everything the TUI starts from, built by the composition root (cli): the bank (may still be
   * loading: the first frame does not wait for it), its path (shown), where edits are saved, how
   * sessions are made, the open store and profile; {@code env} is the process environment
   * (NO_COLOR, TERM).
   */
  public record Config(BankSource bank, Path bankPath, BankSaver saver, SessionFactory sessions,
      Store store, Profile profile, Clock clock, Map<String, String> env) {}

  private final Screen screen;
  private final Store store;
  private final Path bankPath;
  private final Clock clock;
  private final Theme theme;
  private final Map<Character, Extensions.Extension> extensions;
  private final Deque<View> stack = new ArrayDeque<>();
  private final WorkingBank bank;
  private final SessionFactory sessions;
  private Profile profile;
  private SessionSettings settings;
  private Messages messages;
  private volatile boolean quit;
  private String flash;
  private Role flashRole = Role.DIM;
  private final List<Runnable> onFirstFrame = new ArrayList<>();
  private long frames;

  public App(Screen screen, Config config) throws StoreException {
    this.screen = screen;
    this.store = config.store();
    this.bank = new WorkingBank(config.bank(), config.saver());
    this.sessions = config.sessions();
    this.bankPath = config.bankPath();
    this.clock = config.clock();
    this.theme = Theme.forEnvironment(config.env());
    this.extensions = Extensions.defaults();
    useProfile(config.profile());
  }

  /**
   * Runs {@code r} right after the first frame reached the terminal (start-up tracing, and work
   * deferred so that it does not compete with the first frame for the CPU).
   */
  public void onFirstFrame(Runnable r) {
    onFirstFrame.add(r);
  }

  /** Runs until the user quits or input ends; views are always left properly (answers saved). */
  public void run() throws IOException, StoreException {
    try {
      start();
      while (!quit) {
        KeyStroke k = screen.pollInput();
        if (k == null) {
          if (bank.arrived()) {
            redraw(); // picks the bank up and refreshes the view
          } else if (screen.doResizeIfNecessary() != null) {
            redraw();
          } else if (tick()) {
            redraw();
          } else {
            idle();
          }
          continue;
        }
        synchronized (this) {
          handle(k);
          if (!quit) {
            redraw();
          }
        }
      }
    } finally {
      leaveAll();
    }
  }

  /**
   * Ends the TUI from another thread (JVM shutdown: SIGHUP when the terminal closes, SIGTERM):
   * waits for the key being handled, then leaves every view so a pending answer is saved.
   */
  public void shutdown() throws StoreException {
    quit = true;
    leaveAll();
  }

  /** Opens Home and draws the first frame. */
  void start() throws IOException, StoreException {
    stack.push(new HomeView(this));
    redraw();
    // The database's integrity check runs now that the first frame is up (started earlier it
    // would compete with it for the CPU); a damaged database ends the TUI here with its
    // message, before the view reads more from it or anything is written.
    store.verify();
    if (stack.peek().settle()) {
      redraw();
    }
  }

  /** One key as the loop handles it, then a redraw (what tests and benchmarks drive). */
  void press(KeyStroke k) throws IOException, StoreException {
    handle(k);
    if (!quit) {
      redraw();
    } else {
      leaveAll();
    }
  }

  /** Lets the top view pick up background work; true when it needs a redraw. */
  synchronized boolean tick() throws IOException {
    View top = stack.peek();
    return top != null && !tooSmall() && top.tick();
  }

  private void idle() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      quit = true;
    }
  }

  private synchronized void leaveAll() throws StoreException {
    StoreException first = null;
    while (!stack.isEmpty()) {
      try {
        stack.pop().leave();
      } catch (StoreException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  void handle(KeyStroke k) throws IOException, StoreException {
    flash = null;
    if (k.getKeyType() == KeyType.EOF) {
      quit = true;
      return;
    }
    if (k.getKeyType() == KeyType.Character && k.isCtrlDown()
        && Character.toLowerCase(k.getCharacter()) == 'c') {
      quit = true;
      return;
    }
    View top = stack.peek();
    if (top == null) {
      quit = true;
      return;
    }
    if (tooSmall()) {
      if (isBackKey(k, false)) {
        quit = true;
      }
      return;
    }
    boolean typing = top.typing();
    if (!typing && isChar(k, '?') && !(top instanceof HelpView)) {
      push(new HelpView(this));
      return;
    }
    boolean used;
    try {
      used = top.key(k);
    } catch (StoreException | IOException e) {
      flash(e.getMessage(), Role.BAD);
      return;
    }
    if (!used && isBackKey(k, typing) && stack.peek() == top) {
      back();
    }
  }

  static boolean isChar(KeyStroke k, char c) {
    return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
        && k.getCharacter() == c;
  }

  private static boolean isBackKey(KeyStroke k, boolean typing) {
    return k.getKeyType() == KeyType.Escape || (!typing && isChar(k, 'q'));
  }

  /** Opens a view on top. */
  public void push(View v) {
    stack.push(v);
  }

  /** Closes the top view (Home closing quits). */
  public void back() throws StoreException {
    View v = stack.pop();
    v.leave();
    if (stack.isEmpty()) {
      quit = true;
    } else {
      stack.peek().resume();
    }
  }

  /** Replaces the top view (e.g. Study by its Summary). */
  public void replace(View v) throws StoreException {
    stack.pop().leave();
    stack.push(v);
  }

  public void quit() {
    quit = true;
  }

  boolean quitting() {
    return quit;
  }

  /** A one-line message in the hint line until the next key. */
  public void flash(String message, Role role) {
    this.flash = message;
    this.flashRole = role;
  }

  /** Draws the top view (or the too-small message) and refreshes the terminal. */
  public void redraw() throws IOException {
    if (bank.arrived() && !stack.isEmpty()) {
      bank.get(); // rethrows a failed load
      try {
        stack.peek().resume();
      } catch (StoreException e) {
        flash(e.getMessage(), Role.BAD);
      }
    }
    screen.doResizeIfNecessary();
    TerminalSize size = screen.getTerminalSize();
    screen.clear();
    Canvas c = new Canvas(screen.newTextGraphics(), theme, size.getColumns(), size.getRows(),
        messages.rtl());
    if (tooSmall()) {
      drawTooSmall(c);
    } else {
      View top = stack.peek();
      c.fill(0, 0, c.cols(), Role.SELECTED);
      c.text(1, 0, "factdrill · " + top.title(), Role.SELECTED);
      c.textRight(c.cols() - 1, 0, messages.get("profile") + ": " + profile.name(), Role.SELECTED);
      top.draw(c);
      if (flash != null) {
        c.text(1, c.rows() - 1, TextWidth.fit(flash, c.cols() - 2), flashRole);
      } else {
        c.text(1, c.rows() - 1, TextWidth.fit(top.hints(), c.cols() - 2), Role.DIM);
      }
    }
    screen.setCursorPosition(null);
    screen.refresh();
    frames++;
    if (frames == 1) {
      onFirstFrame.forEach(Runnable::run);
    }
  }

  private boolean tooSmall() {
    TerminalSize s = screen.getTerminalSize();
    return s.getColumns() < MIN_COLS || s.getRows() < MIN_ROWS;
  }

  private void drawTooSmall(Canvas c) {
    int w = Math.max(1, c.cols() - 2);
    int row = Math.max(0, c.rows() / 2 - 2);
    row = c.paragraph(1, row, w, messages.get("too_small") + ": " + c.cols() + "x" + c.rows(),
        c.rtl(), Role.WARN);
    row = c.paragraph(1, row, w, messages.get("too_small_need", MIN_COLS + "x" + MIN_ROWS),
        c.rtl(), Role.NORMAL);
    c.paragraph(1, row, w, messages.get("too_small_hint"), c.rtl(), Role.DIM);
  }

  // --- shared state for views ---

  /**
   * The bank, waiting for it if it is still loading. A bank that failed to load ends the TUI
   * with the loader's error (the terminal is restored by the caller).
   */
  public Bank bank() {
    return bank.get();
  }

  /** The bank with its edits (saved through the composition root's {@link BankSaver}). */
  public WorkingBank workingBank() {
    return bank;
  }

  /** The title of source text {@code file} once the bank is loaded; the file name before. */
  public String sourceTitle(String file) {
    return bank.titleOf(file);
  }

  /**
   * The source's title as a bidi isolate for composing a line: right-to-left titles as a
   * first-strong isolate, Latin ones as a left-to-right isolate in a right-to-left interface.
   */
  public String sourceLabel(String file) {
    return embed(sourceTitle(file));
  }

  /**
   * Content (a title, an answer, a file name) set into a line of interface words: right-to-left
   * text as a first-strong isolate, Latin text as a left-to-right isolate in a right-to-left
   * interface, so neither its order nor its punctuation mixes with the words around it.
   */
  public String embed(String t) {
    String iso = Messages.isolate(t);
    return !iso.equals(t) || !messages.rtl() ? iso : Messages.ltr(t);
  }

  /** Whether text in language {@code lang} is written right to left (its pack says so). */
  public static boolean rightToLeft(String lang) {
    return lang != null && org.factdrill.lang.LanguagePacks.find(lang)
        .map(org.factdrill.lang.LanguagePack::rightToLeft).orElse(false);
  }

  /** Whether the bank has been loaded (Home shows database-only figures until then). */
  public boolean bankReady() {
    return bank.ready();
  }

  public Path bankPath() {
    return bankPath;
  }

  public Store store() {
    return store;
  }

  public Profile profile() {
    return profile;
  }

  public Clock clock() {
    return clock;
  }

  public Theme theme() {
    return theme;
  }

  public Messages messages() {
    return messages;
  }

  public String msg(String key) {
    return messages.get(key);
  }

  /** The word for {@code key} with {0}, {1}… filled in. */
  public String msg(String key, Object... args) {
    return messages.get(key, args);
  }

  public SessionSettings settings() {
    return settings;
  }

  public Map<Character, Extensions.Extension> extensions() {
    return extensions;
  }

  /** Switches to profile {@code p}: its settings and interface language. */
  public void useProfile(Profile p) throws StoreException {
    Map<String, String> stored = store.settings(p.id());
    this.profile = p;
    this.settings = SessionSettings.from(stored);
    this.messages = new Messages(stored.getOrDefault("ui_language", "en"));
  }

  /** Stores one setting for the current profile and reloads the settings. */
  public void putSetting(String key, String value) throws StoreException {
    store.putSetting(profile.id(), key, value);
    useProfile(profile);
  }

  /** A fresh study session with the current bank, profile and settings. */
  public StudySession newSession() throws StoreException {
    return sessions.open(bank(), store, profile, settings);
  }

  /** A custom study session (part of the bank, its own limits; nothing written to the bank). */
  public StudySession newSession(org.factdrill.study.CustomStudy.Plan plan)
      throws StoreException {
    return sessions.open(plan.bank(), store, profile, plan.settings(), plan.now());
  }

  /** The view on top (for tests). */
  View top() {
    return stack.peek();
  }

  /** Title of the view on top (for tests and benchmarks). */
  String topTitle() {
    return stack.isEmpty() ? "" : stack.peek().title();
  }

  /** Whether the view on top is reading text (for benchmarks). */
  boolean topTyping() {
    return !stack.isEmpty() && stack.peek().typing();
  }

  /** Frames drawn so far (for benchmarks). */
  public long frames() {
    return frames;
  }
}
