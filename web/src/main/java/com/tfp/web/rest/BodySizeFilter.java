package com.tfp.web.rest;

import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.dto.ProblemView;
import com.tfp.web.rest.error.ClientErrorLog;
import com.tfp.web.rest.error.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The size limit of every request body of the API and the SOAP service ({@link BodyLimits#maxBytes}), before anything
 * reads it: a declared {@code Content-Length} above the limit is refused without reading a byte; a chunked body is
 * read into a buffer of at most the limit and refused at the first byte beyond it. The refusal is a 400 — REST's
 * problem+json with the field {@code body}, or for SOAP a client fault — sent with {@code Connection: close}, so the
 * rest of the body is never read; one line in the {@link ClientErrorLog}.
 */
@WebFilter(filterName = "BodySizeFilter", urlPatterns = {"/api/*", "/ws/*"}, asyncSupported = true)
public class BodySizeFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    BodyLimits limits = BodyLimits.configured();
    long declared = request.getContentLengthLong();
    if (declared > limits.maxBytes()) {
      refuse(request, response, limits);
      return;
    }
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      byte[] body = readAtMost(request.getInputStream(), limits.maxBytes() + 1);
      if (body.length > limits.maxBytes()) {
        refuse(request, response, limits);
        return;
      }
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while (out.size() < max && (n = in.read(chunk, 0, (int) Math.min(chunk.length, max - out.size()))) != -1) {
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, BodyLimits limits) throws IOException {
    Locale locale = Languages.of(request.getHeader("Accept-Language"));
    FieldError error = limits.tooLarge();
    boolean soap = request.getRequestURI().startsWith(request.getContextPath() + "/ws/");
    ClientErrorLog.shared().record(400, request.getMethod(), request.getRequestURI(), error.field());
    response.setHeader("Connection", "close");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String title = locale.getLanguage().equals("en") ? "Invalid input" : "输入有误";
    String message = error.message().in(locale);
    if (soap) {
      response.setStatus(400);
      response.setContentType("text/xml; charset=utf-8");
      response.getWriter().write(soapFault(title, error.field(), message));
    } else {
      ProblemResponse.write(response, 400, title, null, List.of(new ProblemView.FieldErrorView(error.field(), message)));
    }
    response.flushBuffer();
  }

  /** A SOAP 1.1 client fault with the detail {@code TradeFinanceFault} carries (status, title, errors). */
  public static String soapFault(String title, String field, String message) {
    return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
        + "<faultcode>soap:Client</faultcode><faultstring>" + xml(title + ": " + message) + "</faultstring><detail>"
        + "<ns2:tradeFinanceFault xmlns:ns2=\"urn:tfp:trade-finance:v1\"><status>400</status><title>" + xml(title) + "</title>"
        + "<errors><field>" + xml(field) + "</field><message>" + xml(message) + "</message></errors>"
        + "</ns2:tradeFinanceFault></detail></soap:Fault></soap:Body></soap:Envelope>";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A request whose body has been read (at most the limit) and is served from memory. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = StandardCharsets.UTF_8;
      try {
        if (encoding != null) charset = Charset.forName(encoding);
      } catch (IllegalArgumentException unknownEncoding) {
        // read as UTF-8; the JSON or XML reader reports what does not decode
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
