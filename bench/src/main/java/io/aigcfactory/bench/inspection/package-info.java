/**
 * Benchmarks of the compliance funnel: its scan against houbb/sensitive-word on the
 * development corpus under JMH, and a load driver for the text-check API.
 */
@NullMarked
package io.aigcfactory.bench.inspection;

import org.jspecify.annotations.NullMarked;
