/**
 * API keys for backends: issued once, stored as SHA-256 hashes, scoped, rotatable with
 * two live keys per name, revocable, and administered over {@code /api/v1/admin/keys}.
 */
@NullMarked
package io.aigcfactory.gateway.keys;

import org.jspecify.annotations.NullMarked;
