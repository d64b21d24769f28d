/**
 * The OpenAPI 3.1 document of the whole public API, maintained by hand next to the routes
 * and checked against them by a test.
 */
@NullMarked
package io.aigcfactory.gateway.openapi;

import org.jspecify.annotations.NullMarked;
