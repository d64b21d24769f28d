/**
 * Test tenants as the gateway asserts them: a fixed test secret for every test context
 * that configures none, signed tenant headers for calls made by hand, and MockMvc
 * requests signed like the gateway's.
 */
@NullMarked
package io.aigcfactory.test.tenancy;

import org.jspecify.annotations.NullMarked;
