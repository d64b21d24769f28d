/**
 * Who may call what: API keys and operators' JWTs at the gateway, scopes per route, and
 * the tenant asserted to the services from the credential alone.
 */
@NullMarked
package io.aigcfactory.gateway.security;

import org.jspecify.annotations.NullMarked;
