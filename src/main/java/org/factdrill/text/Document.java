package org.factdrill.text;

/**
 * One text to read: where it came from (the path as the user gave it, or file name), its
 * decoded text (BOM removed; offsets everywhere refer to this string) and its language.
 */
public record Document(String source, String text, Language lang) {}
