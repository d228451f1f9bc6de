/**
 * The SOAP interface for legacy systems: {@code TradeFinanceService}, document/literal, with the field names of
 * API.md. Thin over the same platform services as REST and the pages; REST's views are reused for the content.
 */
@XmlSchema(namespace = TradeFinanceService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package com.tfp.web.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
