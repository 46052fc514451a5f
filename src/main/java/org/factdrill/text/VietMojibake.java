package org.factdrill.text;

import java.util.List;

/**
 * Lines of Vietnamese in VNI or TCVN3 that an earlier program read as Latin-1/windows-1252
 * ("Xin chaøo" for "Xin chào", "ViÖt Nam" for "Việt Nam"). A line is claimed when its words are
 * broken as they stand and become syllables once its bytes are decoded as VNI or TCVN3; it is
 * repaired only when every word with a mark then is a syllable and no VNI mark is left without
 * its letter; otherwise it is blanked (spaces, so offsets of other lines hold) and reported.
 * One instance serves one text: it counts what it did for the notes.
 */
final class VietMojibake {
  private final VietnameseSyllables syllables = VietnameseSyllables.fromPack();
  private int repairedVni;
  private int repairedTcvn3;
  private final StringBuilder skipped = new StringBuilder();
  private int skippedCount;
  /** The last line looked at and the decoding that claimed it. */
  private String lastLine;
  private Candidate lastClaim;

  private record Candidate(String name, String text, boolean certain) {}

  /** Whether the line looks like VNI or TCVN3 read as Latin-1. */
  boolean claims(String line) {
    lastLine = line;
    lastClaim = null;
    byte[] bytes = latin1Or1252(line);
    if (bytes == null) {
      return false;
    }
    VietnameseSyllables.Score before = syllables.score(line);
    if (before.invalid() < 2) {
      return false;
    }
    Candidate best = null;
    int bestWeight = Integer.MIN_VALUE;
    for (VietLegacy enc : List.of(VietLegacy.vni(), VietLegacy.tcvn3())) {
      VietLegacy.Result r = enc.decodeCounting(bytes, 0, bytes.length);
      VietnameseSyllables.Score after = syllables.score(r.text());
      if (after.valid() >= 2 && after.share() >= 0.6 && after.valid() > before.valid()
          && after.weight() > bestWeight) {
        bestWeight = after.weight();
        best = new Candidate(enc.name(), r.text(), after.invalid() == 0 && r.strays() == 0);
      }
    }
    lastClaim = best;
    return best != null;
  }

  /** The claimed line repaired, or blanked when the mapping is not certain. */
  String repair(String line, int lineNo) {
    if (!line.equals(lastLine)) {
      claims(line);
    }
    Candidate c = lastClaim;
    if (c != null && c.certain()) {
      if (c.name().equals("VNI")) {
        repairedVni++;
      } else {
        repairedTcvn3++;
      }
      return c.text();
    }
    skippedCount++;
    skipped.append(skipped.length() == 0 ? "" : ", ").append(lineNo);
    return line.replaceAll("[^\n]", " ");
  }

  /** One note per kind of change made. */
  void notes(List<String> notes) {
    if (repairedVni > 0) {
      notes.add(repairedVni + " line(s) of VNI Vietnamese that had been read as windows-1252 "
          + "repaired");
    }
    if (repairedTcvn3 > 0) {
      notes.add(repairedTcvn3 + " line(s) of TCVN3 Vietnamese that had been read as "
          + "windows-1252 repaired");
    }
    if (skippedCount > 0) {
      notes.add(skippedCount + " line(s) that look like VNI or TCVN3 read as windows-1252 but do "
          + "not map back with certainty skipped (line " + skipped + ")");
    }
  }

  /**
   * The bytes a Latin-1 or windows-1252 reading made these characters of, or null when one of
   * them is neither (then the line was not read so).
   */
  static byte[] latin1Or1252(String line) {
    byte[] out = new byte[line.length()];
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x100) {
        out[i] = (byte) c;
      } else {
        int b = CP1252_HIGH.indexOf(c);
        if (b < 0) {
          return null;
        }
        out[i] = (byte) (0x80 + b);
      }
    }
    return out;
  }

  /** windows-1252's characters for 0x80-0x9F ('\0' where it has none). */
  private static final String CP1252_HIGH = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6"
      + "\u2030\u0160\u2039\u0152\0\u017D\0\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC"
      + "\u2122\u0161\u203A\u0153\0\u017E\u0178";
}
