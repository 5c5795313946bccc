package dev.responsibility.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the jar the command line runs from, as its manifest or the build states it. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"responsibility " + (version == null ? "(development build)" : version)};
  }
}
