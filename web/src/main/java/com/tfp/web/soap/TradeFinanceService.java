package com.tfp.web.soap;

import com.tfp.platform.catalogue.application.ProductCatalogue;
import com.tfp.platform.evaluation.application.EvaluationCommand;
import com.tfp.platform.evaluation.application.EvaluationService;
import com.tfp.platform.shared.ConcurrentUpdate;
import com.tfp.platform.deal.application.Applications;
import com.tfp.platform.deal.application.NewApplication;
import com.tfp.platform.line.application.CreditLines;
import com.tfp.platform.shared.ConflictException;
import com.tfp.platform.shared.ForbiddenException;
import com.tfp.platform.shared.RuleViolationException;
import com.tfp.web.rest.dto.DealViews;
import com.tfp.web.security.Actors;
import com.tfp.platform.shared.InvalidInputException;
import com.tfp.platform.shared.NotFoundException;
import com.tfp.spi.LocalizedText;
import com.tfp.spi.facts.FieldError;
import com.tfp.web.rest.Languages;
import com.tfp.web.rest.error.ServerErrorLog;
import com.tfp.web.rest.dto.EvaluationViews;
import com.tfp.web.rest.dto.ProductViews;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code TradeFinanceService}: the SOAP face of the platform for legacy systems (API.md "SOAP"), document/literal,
 * at {@code /ws/TradeFinanceService} (WSDL: {@code ?wsdl}). Every error is a {@link TradeFinanceFault} carrying the
 * field errors — never an unhandled exception.
 */
@WebService(serviceName = "TradeFinanceService", portName = "TradeFinancePort", name = "TradeFinance",
    targetNamespace = TradeFinanceService.NAMESPACE)
@SOAPBinding(style = SOAPBinding.Style.DOCUMENT, use = SOAPBinding.Use.LITERAL, parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public class TradeFinanceService {

  public static final String NAMESPACE = "urn:tfp:trade-finance:v1";

  @Inject ProductCatalogue catalogue;
  @Inject EvaluationService evaluations;
  @Inject Applications applications;
  @Inject CreditLines lines;
  @Resource WebServiceContext context;

  @WebMethod
  @WebResult(name = "product")
  public List<SoapTypes.Product> listProducts() throws TradeFinanceFault {
    return guarded(() -> catalogue.products().stream().map(p -> ProductViews.summary(p, catalogue.breakerOf(p))).map(SoapTypes.Product::of).toList());
  }

  @WebMethod
  @WebResult(name = "evaluation")
  public SoapTypes.Evaluation evaluate(
      @WebParam(name = "product") String product,
      @WebParam(name = "variant") String variant,
      @WebParam(name = "currency") String currency,
      @WebParam(name = "valueDate") String valueDate,
      @WebParam(name = "customerId") String customerId,
      @WebParam(name = "facts") List<FactValue> facts) throws TradeFinanceFault {
    return guarded(() -> {
      List<FieldError> errors = new ArrayList<>();
      EvaluationCommand command = new EvaluationCommand(product, variant, currency, date("valueDate", valueDate, errors),
          customerId, SoapFacts.toRaw(facts, errors));
      return SoapTypes.Evaluation.of(EvaluationViews.of(evaluations.evaluate(command, Actors.of(context), errors), locale()));
    });
  }

  /**
   * Creates a deal from an evaluation with its trade documents (API.md POST /api/v1/applications): the same service,
   * rules and errors as REST — double financing, a rejected evaluation or an amount above the maximum are faults.
   */
  @WebMethod
  @WebResult(name = "application")
  public SoapTypes.Application submitApplication(
      @WebParam(name = "product") String product,
      @WebParam(name = "variant") String variant,
      @WebParam(name = "currency") String currency,
      @WebParam(name = "valueDate") String valueDate,
      @WebParam(name = "customerId") String customerId,
      @WebParam(name = "facts") List<FactValue> facts,
      @WebParam(name = "documents") List<SoapTypes.TradeDocument> documents,
      @WebParam(name = "requestedAmount") String requestedAmount) throws TradeFinanceFault {
    return guarded(() -> {
      List<FieldError> errors = new ArrayList<>();
      EvaluationCommand evaluation = new EvaluationCommand(product, variant, currency, date("valueDate", valueDate, errors),
          customerId, SoapFacts.toRaw(facts, errors));
      List<NewApplication.Document> docs = new ArrayList<>();
      if (documents != null) documents.forEach(d -> docs.add(new NewApplication.Document(d.type, d.number, d.issuer)));
      NewApplication n = new NewApplication(evaluation, docs, decimal("requestedAmount", requestedAmount, errors), null, null,
          null, null, null, null);
      return SoapTypes.Application.of(DealViews.application(applications.create(n, Actors.of(context), errors)), locale());
    });
  }

  @WebMethod
  @WebResult(name = "application")
  public SoapTypes.Application getApplication(@WebParam(name = "id") Long id) throws TradeFinanceFault {
    return guarded(() -> {
      if (id == null) throw InvalidInputException.of("id", "必填", "required");
      return SoapTypes.Application.of(DealViews.application(applications.get(id, Actors.of(context))), locale());
    });
  }

  @WebMethod
  @WebResult(name = "creditLine")
  public List<SoapTypes.CreditLine> getCreditLines(@WebParam(name = "customerId") String customerId) throws TradeFinanceFault {
    return guarded(() -> {
      if (customerId == null || customerId.isBlank()) throw InvalidInputException.of("customerId", "必填", "required");
      return lines.linesOf(customerId, Actors.of(context)).stream().map(DealViews::line).map(SoapTypes.CreditLine::of).toList();
    });
  }

  private <T> T guarded(Supplier<T> call) throws TradeFinanceFault {
    Locale locale = locale();
    try {
      return call.get();
    } catch (InvalidInputException e) {
      TradeFinanceFault.Info info = info(400, LocalizedText.of("输入有误", "Invalid input"), locale, null);
      e.errors().forEach(f -> info.errors.add(new TradeFinanceFault.FieldErrorInfo(f.field(), f.message().in(locale))));
      throw new TradeFinanceFault(info.title, info);
    } catch (NotFoundException e) {
      throw fault(404, LocalizedText.of("未找到", "Not found"), locale, e.text().in(locale));
    } catch (com.tfp.platform.shared.EvaluationFailedException e) {
      throw fault(422, LocalizedText.of("产品无法评估此请求", "The product could not evaluate this request"), locale, e.text().in(locale));
    } catch (com.tfp.platform.shared.ProductUnavailableException e) {
      throw fault(503, LocalizedText.of("产品暂停服务", "Product temporarily unavailable"), locale, e.text().in(locale));
    } catch (ConflictException e) {
      throw fault(409, LocalizedText.of("状态冲突", "Conflict"), locale, e.text().in(locale));
    } catch (ForbiddenException e) {
      throw fault(403, LocalizedText.of("无权操作", "Forbidden"), locale, e.text().in(locale));
    } catch (RuleViolationException e) {
      throw fault(422, LocalizedText.of("业务规则不允许", "Refused by a business rule"), locale, e.text().in(locale));
    } catch (RuntimeException e) {
      if (ConcurrentUpdate.causedBy(e)) {
        throw fault(409, LocalizedText.of("状态冲突", "Conflict"), locale,
            LocalizedText.of("数据正被同时修改，请重试", "the data was being changed concurrently; retry").in(locale));
      }
      String id = ServerErrorLog.record("SOAP TradeFinanceService", e);
      throw fault(500, LocalizedText.of("内部错误", "Internal error"), locale,
          LocalizedText.of("已记录，编号 %s", "logged as %s").formatted(id).in(locale));
    }
  }

  private static TradeFinanceFault fault(int status, LocalizedText title, Locale locale, String detail) {
    TradeFinanceFault.Info info = info(status, title, locale, detail);
    return new TradeFinanceFault(info.title + (detail == null ? "" : ": " + detail), info);
  }

  private static TradeFinanceFault.Info info(int status, LocalizedText title, Locale locale, String detail) {
    TradeFinanceFault.Info info = new TradeFinanceFault.Info();
    info.status = status;
    info.title = title.in(locale);
    info.detail = detail;
    return info;
  }

  private static java.math.BigDecimal decimal(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) return null;
    if (!value.trim().matches("\\d{1,15}(\\.\\d{1,10})?")) {
      errors.add(new FieldError(field, LocalizedText.of("须为非负十进制数", "must be a decimal number, not negative")));
      return null;
    }
    return new java.math.BigDecimal(value.trim());
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, LocalizedText.of("须为有效日期 yyyy-MM-dd", "must be a valid date yyyy-MM-dd")));
      return null;
    }
  }

  private Locale locale() {
    try {
      @SuppressWarnings("unchecked")
      Map<String, List<String>> headers = (Map<String, List<String>>) context.getMessageContext().get(MessageContext.HTTP_REQUEST_HEADERS);
      if (headers == null) return Languages.DEFAULT;
      for (Map.Entry<String, List<String>> h : headers.entrySet()) {
        if ("accept-language".equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty()) return Languages.of(h.getValue().get(0));
      }
    } catch (RuntimeException noContext) {
      // outside a request (never in service): the default language
    }
    return Languages.DEFAULT;
  }

  /** Turns SOAP's name/value facts into the raw facts the platform validates. */
  static final class SoapFacts {
    private SoapFacts() {}

    static Map<String, Object> toRaw(List<FactValue> facts, List<FieldError> errors) {
      Map<String, Object> raw = new LinkedHashMap<>();
      if (facts == null) return raw;
      for (FactValue f : facts) {
        if (f == null || f.name == null || f.name.isBlank()) {
          errors.add(new FieldError("fact", LocalizedText.of("要素须有名称", "a fact needs a name")));
          continue;
        }
        if (raw.containsKey(f.name)) {
          errors.add(new FieldError("facts." + f.name, LocalizedText.of("重复的要素", "fact given twice")));
          continue;
        }
        String v = f.value == null ? null : f.value.trim();
        if (v != null && v.startsWith("[")) {
          try {
            raw.put(f.name, com.tfp.web.rest.EvaluationRequestReader.jsonValue(v));
          } catch (InvalidInputException e) {
            errors.add(new FieldError("facts." + f.name, LocalizedText.of("须为 JSON 数组", "must be a JSON array of records")));
          }
        } else {
          raw.put(f.name, v);
        }
      }
      return raw;
    }
  }
}
