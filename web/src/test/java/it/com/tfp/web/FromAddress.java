package it.com.tfp.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.2, 127.0.0.3 …): the sign-in throttle counts per client address, so
 * each test that spends an address's budget speaks from an address of its own and the other tests (from 127.0.0.1)
 * are not affected. Java 17's HttpClient cannot choose its local address, hence this small client.
 */
final class FromAddress {

  record Answer(int status, List<String> headerLines, String body) {
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headerLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(l -> l.substring(prefix.length()).trim()).findFirst().orElse(null);
    }

    List<String> headers(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headerLines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(l -> l.substring(prefix.length()).trim()).toList();
    }
  }

  private final InetAddress local;

  FromAddress(String localAddress) {
    try {
      this.local = InetAddress.getByName(localAddress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String url, String... headers) {
    return send("GET", url, null, null, headers);
  }

  Answer post(String url, String contentType, String body, String... headers) {
    return send("POST", url, contentType, body, headers);
  }

  Answer send(String method, String url, String contentType, String body, String... headers) {
    URI uri = URI.create(url);
    boolean tls = "https".equals(uri.getScheme());
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = tls ? tlsSocket(uri) : new Socket(uri.getHost(), uri.getPort(), local, 0)) {
      socket.setSoTimeout(60_000);
      StringBuilder request = new StringBuilder(method).append(' ').append(uri.getRawPath())
          .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
          .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
          .append("Connection: close\r\nAccept-Language: en\r\n");
      for (String h : headers) request.append(h).append("\r\n");
      if (body != null) {
        request.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(payload.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(payload);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Socket tlsSocket(URI uri) throws IOException {
    try {
      javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
      ssl.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
        public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {}

        public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {}

        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
          return new java.security.cert.X509Certificate[0];
        }
      }}, new java.security.SecureRandom());
      return ssl.getSocketFactory().createSocket(uri.getHost(), uri.getPort(), local, 0);
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String rest = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
    boolean chunked = headerLines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:") && l.toLowerCase(Locale.ROOT).contains("chunked"));
    return new Answer(status, headerLines, chunked ? dechunk(rest) : rest);
  }

  private static String dechunk(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int eol = s.indexOf("\r\n", i);
      if (eol < 0) break;
      int size = Integer.parseInt(s.substring(i, eol).split(";")[0].trim(), 16);
      if (size == 0) break;
      // sizes are in bytes; the bodies read here are ASCII or short UTF-8 texts, so count bytes
      byte[] rest = s.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
      out.append(chunk);
      i = eol + 2 + chunk.length() + 2;
    }
    return out.toString();
  }
}
