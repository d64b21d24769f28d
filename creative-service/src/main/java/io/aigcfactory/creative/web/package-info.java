/**
 * The requirements API: submit one product or a JSON Lines catalog, safely retried with
 * an {@code Idempotency-Key}, and follow a requirement's progress; and the product photo
 * uploads those products cite.
 */
@NullMarked
package io.aigcfactory.creative.web;

import org.jspecify.annotations.NullMarked;
