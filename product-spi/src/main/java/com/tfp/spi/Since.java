package com.tfp.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SPI version that added a type or member; what carries none has been in the SPI since 1.0. A member is as new as
 * the newer of its own and its type's. A plug-in's SPI range must start at or above every addition it uses, or a host
 * at the lower bound admits it and fails at the first call ({@code NoClassDefFoundError}, {@code NoSuchMethodError});
 * the compatibility kit's SPI_RANGE clause checks this from the plug-in's bytecode.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Since("1.4")
public @interface Since {

  /** The SPI version, {@code major.minor}. */
  String value();
}
