package com.tfp.web.soap;

import com.tfp.web.rest.BodySizeFilter;
import com.tfp.web.rest.Languages;
import com.tfp.web.rest.error.ClientErrorLog;
import com.tfp.web.rest.error.ServerErrorLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SOAP faults the JAX-WS runtime writes itself, before the service runs (issue 16): a body that is not well-formed XML,
 * an unknown operation, a value of the wrong type. The runtime answers those as HTTP 500 {@code soap:Server} faults
 * (or {@code soap:Client}) faults with its parser's words ("Error reading XMLStreamReader … [row,col]", "Unmarshalling
 * Error …"). This filter turns them into what they are — the caller's error: a {@code soap:Client} fault, HTTP 400, the {@code tradeFinanceFault}
 * detail with status 400 and a generic message naming the field ({@code body}, {@code operation}, {@code id} …), one
 * line in the client-error log. Any other fault the runtime writes is a server error: logged once with an id
 * ({@link ServerErrorLog}), and the fault says only that id. Faults of the service itself ({@code tradeFinanceFault}),
 * which the runtime marks {@code soap:Server} with HTTP 500 whatever their cause, become {@code soap:Client} with the
 * detail's status as the HTTP status when that is a 4xx (400, 403, 404, 409, 422); server faults keep their id.
 */
// asyncSupported: without it Liberty notes on every request of the chain which resources cannot go async (README "Benchmarks")
@WebFilter(filterName = "SoapClientFaults", urlPatterns = "/ws/*", asyncSupported = true)
public class SoapClientFaults extends HttpFilter {

  private static final Pattern FAULT_CODE = Pattern.compile("<faultcode[^>]*>[^<]*Server</faultcode>");
  private static final Pattern DETAIL_STATUS = Pattern.compile("<(?:[A-Za-z0-9]+:)?status>(\\d{3})</(?:[A-Za-z0-9]+:)?status>");
  private static final Pattern FAULT_STRING = Pattern.compile("<faultstring[^>]*>(.*?)</faultstring>", Pattern.DOTALL);
  /** The typed (not string) parameters of the service, by element name, as the WSDL declares them. */
  private static final Set<String> WHOLE_NUMBERS = Set.of("id");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    TeeRequest in = new TeeRequest(request);
    BufferedResponse out = new BufferedResponse(response);
    chain.doFilter(in, out);
    byte[] body = out.body();
    String text = out.getStatus() == 500 ? new String(body, StandardCharsets.UTF_8) : null;
    if (text == null || !text.contains("<faultcode")) {
      response.getOutputStream().write(body);
      return;
    }
    Locale locale0 = Languages.of(request.getHeader("Accept-Language"));
    if (text.contains("tradeFinanceFault")) {
      // the service's own fault: the runtime marks every declared fault soap:Server with HTTP 500; a 4xx of the
      // platform is the caller's error — soap:Client, and the detail's status as the HTTP status
      String wrong = wrongType(in.read());
      if (wrong != null) {
        boolean english = locale0.getLanguage().equals("en");
        ClientErrorLog.shared().record(400, "POST", request.getRequestURI(), wrong);
        response.resetBuffer();
        response.setStatus(400);
        response.setContentType("text/xml; charset=utf-8");
        response.getOutputStream().write(BodySizeFilter.soapFault(english ? "Invalid input" : "输入有误", wrong,
            english ? "must be a whole number" : "须为整数").getBytes(StandardCharsets.UTF_8));
        return;
      }
      Matcher status = DETAIL_STATUS.matcher(text);
      if (status.find() && status.group(1).startsWith("4")) {
        response.setStatus(Integer.parseInt(status.group(1)));
        text = text.replaceFirst("<faultcode>([^<:]*:)?Server</faultcode>", "<faultcode>$1Client</faultcode>");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        return;
      }
      response.getOutputStream().write(body);
      return;
    }
    Matcher m = FAULT_STRING.matcher(text);
    String said = m.find() ? m.group(1) : "";
    Locale locale = Languages.of(request.getHeader("Accept-Language"));
    boolean english = locale.getLanguage().equals("en");
    boolean runtimeSaysClient = !FAULT_CODE.matcher(text).find();
    String[] fieldAndMessage = clientError(said, in.read(), english);
    if (fieldAndMessage == null && runtimeSaysClient) {
      fieldAndMessage = new String[] {"body", english ? "not a valid TradeFinanceService message (see the WSDL)" : "不是有效的 TradeFinanceService 报文（见 WSDL）"};
    }
    response.resetBuffer();
    response.setContentType("text/xml; charset=utf-8");
    if (fieldAndMessage != null) {
      ClientErrorLog.shared().record(400, "POST", request.getRequestURI(), fieldAndMessage[0]);
      response.setStatus(400);
      response.getOutputStream().write(BodySizeFilter.soapFault(english ? "Invalid input" : "输入有误", fieldAndMessage[0], fieldAndMessage[1])
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    String id = ServerErrorLog.record("SOAP " + request.getRequestURI(), new IllegalStateException("JAX-WS runtime fault: " + said));
    response.setStatus(500);
    String message = (english ? "internal error, id " : "内部错误，编号 ") + id;
    response.getOutputStream().write(("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
        + "<faultcode>soap:Server</faultcode><faultstring>" + message + "</faultstring><detail>"
        + "<ns2:tradeFinanceFault xmlns:ns2=\"urn:tfp:trade-finance:v1\"><status>500</status><title>" + message + "</title><detail>" + id
        + "</detail></ns2:tradeFinanceFault></detail></soap:Fault></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The field and a generic message of a client error the runtime reported, or null when it is not one. The request
   * body is read again here (what the runtime read of it) to name the field; the runtime's own words are never shown.
   */
  static String[] clientError(String said, byte[] request, boolean english) {
    if (said.contains("Depth")) {
      return new String[] {"body", english ? "the XML is nested deeper than the limit (Depth: 100 levels)" : "XML 嵌套层数超过限制（Depth：100 层）"};
    }
    if (said.contains("DOCTYPE") || said.contains("DTD") || said.contains("ntity")) {
      return new String[] {"body", english ? "DTDs and entities are not accepted" : "不接受 DTD 和实体"};
    }
    String problem = wellFormed(request);
    if (problem != null) return new String[] {"body", english ? "the request is not well-formed XML" : "请求不是格式正确的 XML"};
    if (said.contains("Unexpected wrapper element") || said.contains("No such operation") || said.contains("Message part")
        || said.contains("Cannot find dispatch method")) {
      return new String[] {"operation", english ? "no such operation of TradeFinanceService (see the WSDL)" : "TradeFinanceService 没有此操作（见 WSDL）"};
    }
    if (said.contains("Unmarshalling Error") || said.contains("XMLStreamReader") || said.contains("NumberFormat") || said.contains("For input string")) {
      String field = wrongType(request);
      if (field != null) return new String[] {field, english ? "must be a whole number" : "须为整数"};
      return new String[] {"body", english ? "a value does not have the type the WSDL declares" : "某个值的类型与 WSDL 不符"};
    }
    return null;
  }

  /** Null if the bytes are well-formed XML (DTDs and external entities are not read), else a reason. */
  static String wellFormed(byte[] request) {
    try {
      XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(request));
      while (r.hasNext()) r.next();
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      return "not well-formed";
    }
  }

  /** The first element declared a whole number whose text is not one. */
  static String wrongType(byte[] request) {
    try {
      XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(request));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && WHOLE_NUMBERS.contains(r.getLocalName())) {
          String name = r.getLocalName();
          String value = r.getElementText().trim();
          try {
            Long.parseLong(value);
          } catch (NumberFormatException e) {
            return name;
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return null;
    }
    return null;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** The request as the runtime reads it, with a copy of what it read (at most the body limit: BodySizeFilter). */
  private static final class TeeRequest extends HttpServletRequestWrapper {
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletInputStream stream;

    TeeRequest(HttpServletRequest request) {
      super(request);
    }

    byte[] read() {
      return copy.toByteArray();
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream != null) return stream;
      ServletInputStream in = super.getInputStream();
      stream = new ServletInputStream() {
        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && copy.size() < 2 * 1024 * 1024) copy.write(b);
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = in.read(b, off, len);
          if (n > 0 && copy.size() < 2 * 1024 * 1024) copy.write(b, off, n);
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      String enc = getCharacterEncoding();
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), enc == null ? StandardCharsets.UTF_8.name() : enc));
    }
  }

  /** The answer kept in memory until the filter has looked at it (SOAP answers are small; the WSDL is a GET). */
  private static final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
      super(response);
    }

    byte[] body() {
      if (writer != null) writer.flush();
      return buffer.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("not asynchronous");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String enc = getCharacterEncoding();
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), enc == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(enc)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      // kept until the filter writes it
    }

    @Override
    public void setContentLength(int len) {
      // the filter may change the body
    }

    @Override
    public void setContentLengthLong(long len) {
      // the filter may change the body
    }
  }
}
