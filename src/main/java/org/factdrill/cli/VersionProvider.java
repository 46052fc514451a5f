package org.factdrill.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (set by Maven), "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"factdrill " + version()};
  }
}
