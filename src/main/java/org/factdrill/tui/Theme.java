package org.factdrill.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Map;

/**
 * Colours for each role on screen, or a monochrome fallback (bold, reverse, underline only) when
 * {@code NO_COLOR} is set (https://no-color.org) or the terminal is "dumb".
 */
public final class Theme {
  /** What a piece of text is, so the theme can style it. */
  public enum Role { NORMAL, TITLE, DIM, KEY, GOOD, BAD, CLOSE, HIGHLIGHT, SELECTED, WARN, BAR }

  private final boolean color;

  private Theme(boolean color) {
    this.color = color;
  }

  /** Colour unless the environment asks for none. */
  public static Theme forEnvironment(Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    boolean mono = (noColor != null && !noColor.isEmpty()) || "dumb".equals(env.get("TERM"));
    return new Theme(!mono);
  }

  public static Theme mono() {
    return new Theme(false);
  }

  public static Theme colour() {
    return new Theme(true);
  }

  public boolean hasColour() {
    return color;
  }

  public TextColor foreground(Role r) {
    if (!color) {
      return TextColor.ANSI.DEFAULT;
    }
    return switch (r) {
      case TITLE, KEY -> TextColor.ANSI.CYAN;
      case DIM -> TextColor.ANSI.BLACK_BRIGHT; // grey: readable on dark and light backgrounds
      case GOOD -> TextColor.ANSI.GREEN;
      case BAD -> TextColor.ANSI.RED;
      case CLOSE, WARN, HIGHLIGHT -> TextColor.ANSI.YELLOW;
      case BAR -> TextColor.ANSI.BLUE;
      case SELECTED -> TextColor.ANSI.BLACK;
      default -> TextColor.ANSI.DEFAULT;
    };
  }

  public TextColor background(Role r) {
    if (color && r == Role.SELECTED) {
      return TextColor.ANSI.CYAN;
    }
    return TextColor.ANSI.DEFAULT;
  }

  public EnumSet<SGR> modifiers(Role r) {
    EnumSet<SGR> s = EnumSet.noneOf(SGR.class);
    switch (r) {
      case TITLE, GOOD, BAD, KEY -> s.add(SGR.BOLD);
      case HIGHLIGHT -> {
        s.add(SGR.BOLD);
        if (!color) {
          s.add(SGR.UNDERLINE);
        }
      }
      case SELECTED -> {
        if (!color) {
          s.add(SGR.REVERSE);
        }
      }
      default -> { }
    }
    return s;
  }
}
