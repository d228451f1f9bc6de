package ${package};

import com.tfp.sdk.tck.ProductCompatibilityTest;

/** The SPI contract, checked by the compatibility kit on target/classes and src/test/resources/tfp-examples.properties. */
class CompatibilityKitTest extends ProductCompatibilityTest {}
