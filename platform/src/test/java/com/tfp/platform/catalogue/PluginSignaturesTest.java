package com.tfp.platform.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tfp.platform.catalogue.infrastructure.PluginSignatures;
import com.tfp.platform.testing.PluginJarBuilder;
import com.tfp.platform.testing.PluginJarBuilder.Behaviour;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the signature check of a dropped plug-in jar, with keys made by the JDK's keytool and jars signed by the
 * JDK's JarSigner: trusted signer admitted; unsigned, a foreign signer, an entry changed after signing and an entry
 * added after signing refused with the reason; the development setting admits unsigned jars.
 */
class PluginSignaturesTest {

  @TempDir static Path dir;
  static Path bankKey;
  static Path foreignKey;
  static Path trustStore;
  static Path unsigned;

  static void keytool(String... args) throws Exception {
    String[] cmd = new String[args.length + 1];
    cmd[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    System.arraycopy(args, 0, cmd, 1, args.length);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
  }

  static Path key(String name, String dname) throws Exception {
    Path ks = dir.resolve(name + ".p12");
    keytool("-genkeypair", "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "pass-" + name, "-keypass", "pass-" + name,
        "-alias", name, "-dname", dname, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30");
    return ks;
  }

  @BeforeAll
  static void keys() throws Exception {
    bankKey = key("team", "CN=Product team, O=Bank");
    foreignKey = key("stranger", "CN=Stranger, O=Elsewhere");
    Path cert = dir.resolve("team.cer");
    keytool("-exportcert", "-keystore", bankKey.toString(), "-storetype", "PKCS12", "-storepass", "pass-team", "-alias", "team", "-file", cert.toString());
    trustStore = dir.resolve("trust.p12");
    keytool("-importcert", "-noprompt", "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", "trust-pass",
        "-alias", "team", "-file", cert.toString());
    unsigned = PluginJarBuilder.build(dir.resolve("unsigned.jar"), "sigtest.Plugin", "sig-test", "1.0.0", Behaviour.GOOD);
  }

  static Path signed(Path keyStore, String alias, String name) throws IOException {
    Path copy = dir.resolve(name + "-unsigned.jar");
    Files.copy(unsigned, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path out = dir.resolve(name + ".jar");
    new PluginJarBuilder.Signer(keyStore, ("pass-" + alias).toCharArray(), alias).sign(copy, out);
    return out;
  }

  static PluginSignatures bank() {
    return PluginSignatures.trustStore(trustStore, "trust-pass".toCharArray(), false);
  }

  /** Copies a jar, changing the bytes of one class or adding an entry: what a tampering hand would do after signing. */
  static Path rewritten(Path jar, String name, boolean addEntry) throws IOException {
    Path out = dir.resolve(name + ".jar");
    try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : Collections.list(in.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream s = in.getInputStream(e)) {
          byte[] bytes = s.readAllBytes();
          if (!addEntry && e.getName().endsWith("Plugin.class")) bytes[bytes.length - 1] ^= 1;
          zip.write(bytes);
        }
        zip.closeEntry();
      }
      if (addEntry) {
        zip.putNextEntry(new ZipEntry("sigtest/Extra.class"));
        zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
        zip.closeEntry();
      }
    }
    return out;
  }

  @Test
  void signedByTheBanksKeyIsAdmitted() throws Exception {
    assertNull(bank().refusal(signed(bankKey, "team", "team-signed")));
  }

  @Test
  void unsignedIsRefused() {
    assertTrue(bank().refusal(unsigned).startsWith("not signed"), bank().refusal(unsigned));
  }

  @Test
  void aForeignSignerIsRefusedAndNamed() throws Exception {
    String refusal = bank().refusal(signed(foreignKey, "stranger", "stranger-signed"));
    assertTrue(refusal.contains("CN=Stranger") && refusal.contains("trust store does not hold"), refusal);
  }

  @Test
  void anEntryChangedAfterSigningIsRefused() throws Exception {
    String refusal = bank().refusal(rewritten(signed(bankKey, "team", "to-tamper"), "tampered", false));
    assertTrue(refusal != null && refusal.contains("changed after signing"), refusal);
  }

  @Test
  void anEntryAddedAfterSigningIsRefused() throws Exception {
    String refusal = bank().refusal(rewritten(signed(bankKey, "team", "to-extend"), "extended", true));
    assertTrue(refusal != null && refusal.contains("sigtest/Extra.class is not signed"), refusal);
  }

  @Test
  void withoutATrustStoreNothingIsTrustedAndTheReasonSaysSo() throws Exception {
    PluginSignatures none = PluginSignatures.trustStore(dir.resolve("missing.p12"), "x".toCharArray(), false);
    String refusal = none.refusal(signed(bankKey, "team", "team-signed-2"));
    assertTrue(refusal.contains("no trust store"), refusal);
  }

  @Test
  void theDevelopmentSettingAdmitsUnsignedJars() {
    assertNull(PluginSignatures.trustStore(trustStore, "trust-pass".toCharArray(), true).refusal(unsigned));
  }
}
