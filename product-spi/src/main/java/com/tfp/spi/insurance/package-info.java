/**
 * What the products financed under short-term export credit insurance have in common (seed 001: 信保融资 in its
 * versions RCC, 信保规程, 办法A, 办法B, 股份制; and 出口信保保理, whose Art.2 makes the insured-financing rules apply to
 * the underlying trade): the facts on the trade and the policy, the hard conditions on them, the indemnity cover
 * that caps any financing, and the eight cases in which a without-recourse financing keeps its recourse.
 *
 * <p>It lives in the SPI because no product copies another's helper code; it depends on nothing but the JDK and the
 * SPI's own types, keeps no state and is safe to share between threads.
 */
package com.tfp.spi.insurance;
