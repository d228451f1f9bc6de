package com.tfp.platform.catalogue.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Who may put code into the money path (issue 15): a dropped plug-in jar is loaded only when every entry is signed
 * (JDK {@code jarsigner} format) by a key whose certificate — or an issuer in its chain — is in the bank's trust store
 * ({@code tfp.plugins.truststore}, PKCS12). The check runs on the host's private copy of the jar, before any class of
 * it is loaded, so the file verified is the file loaded. Built-in products are not checked here: they are part of the
 * WAR, which is the bank's release. For development an administrator may allow unsigned jars
 * ({@code tfp.plugins.allowUnsigned}); the catalogue page then shows a warning.
 */
public final class PluginSignatures {

  private final Set<Certificate> trusted;
  private final boolean allowUnsigned;
  private final String trustStoreProblem;

  private PluginSignatures(Set<Certificate> trusted, boolean allowUnsigned, String trustStoreProblem) {
    this.trusted = Collections.unmodifiableSet(trusted);
    this.allowUnsigned = allowUnsigned;
    this.trustStoreProblem = trustStoreProblem;
  }

  /** No check at all: for tests of the host and tools; never the server's setting. */
  public static PluginSignatures unsignedAllowed() {
    return new PluginSignatures(Set.of(), true, null);
  }

  /** The bank's trust store; a missing or unreadable one trusts nobody (and says why in every refusal). */
  public static PluginSignatures trustStore(Path file, char[] password, boolean allowUnsigned) {
    if (file == null || !Files.isRegularFile(file)) {
      return new PluginSignatures(Set.of(), allowUnsigned, "no trust store at " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      Set<Certificate> certs = new HashSet<>();
      for (String alias : Collections.list(ks.aliases())) {
        Certificate c = ks.getCertificate(alias);
        if (c != null) certs.add(c);
      }
      return new PluginSignatures(certs, allowUnsigned, certs.isEmpty() ? "the trust store " + file + " holds no certificate" : null);
    } catch (IOException | GeneralSecurityException e) {
      return new PluginSignatures(Set.of(), allowUnsigned, "the trust store " + file + " cannot be read: " + e.getMessage());
    }
  }

  public boolean allowsUnsigned() {
    return allowUnsigned;
  }

  /**
   * Why this jar may not be loaded, or null when it may: unsigned, an entry unsigned or changed after signing, or signed
   * by a key the bank does not trust.
   */
  public String refusal(Path jar) {
    if (allowUnsigned && trusted.isEmpty()) return null;
    String unsignedEntry = null;
    String untrustedSigner = null;
    boolean anySigned = false;
    try (JarFile jf = new JarFile(jar.toFile(), true)) {
      byte[] buffer = new byte[8192];
      for (JarEntry e : Collections.list(jf.entries())) {
        if (e.isDirectory() || isSignatureFile(e.getName())) continue;
        try (InputStream in = jf.getInputStream(e)) {
          while (in.read(buffer) >= 0) {
            // reading to the end is what makes the JDK check the entry's digest against the signature
          }
        } catch (SecurityException tampered) {
          return "entry " + e.getName() + " was changed after signing: " + tampered.getMessage();
        }
        CodeSigner[] signers = e.getCodeSigners();
        if (signers == null || signers.length == 0) {
          if (unsignedEntry == null) unsignedEntry = e.getName();
          continue;
        }
        anySigned = true;
        boolean trustedSigner = false;
        for (CodeSigner s : signers) {
          for (Certificate c : s.getSignerCertPath().getCertificates()) {
            if (trusted.contains(c)) trustedSigner = true;
          }
        }
        if (!trustedSigner && untrustedSigner == null) untrustedSigner = subject(signers[0]);
      }
    } catch (IOException | SecurityException e) {
      return "the jar's signature cannot be checked: " + e.getMessage();
    }
    if (allowUnsigned) return null;
    String store = trustStoreProblem == null ? "" : " (" + trustStoreProblem + ")";
    if (!anySigned) return "not signed: the bank loads only plug-ins signed with a key in its trust store" + store;
    if (unsignedEntry != null) return "entry " + unsignedEntry + " is not signed: every class and resource must be";
    if (untrustedSigner != null) return "signed by " + untrustedSigner + ", a key the bank's trust store does not hold" + store;
    return null;
  }

  private static String subject(CodeSigner s) {
    Certificate c = s.getSignerCertPath().getCertificates().get(0);
    return c instanceof X509Certificate x ? x.getSubjectX500Principal().getName() : c.getType();
  }

  private static boolean isSignatureFile(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (!n.startsWith("META-INF/")) return false;
    return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC")
        || (n.startsWith("META-INF/SIG-"));
  }
}
