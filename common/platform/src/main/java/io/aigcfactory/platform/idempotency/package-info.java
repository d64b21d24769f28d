/**
 * Idempotency keys: a POST retried with the same {@code Idempotency-Key} and body gets
 * the first response instead of running again.
 */
@NullMarked
package io.aigcfactory.platform.idempotency;

import org.jspecify.annotations.NullMarked;
