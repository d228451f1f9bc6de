package com.tfp.product.billpurchase;

import com.tfp.sdk.tck.ProductCompatibilityTest;

/** The SPI contract, checked by the compatibility kit on this module's classes and tfp-examples.properties. */
class CompatibilityKitTest extends ProductCompatibilityTest {}
