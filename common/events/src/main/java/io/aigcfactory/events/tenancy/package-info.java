/**
 * The wire contract by which the gateway asserts to a service which tenant a request acts
 * for: a tenant header signed with a secret the gateway and the services share.
 */
@NullMarked
package io.aigcfactory.events.tenancy;

import org.jspecify.annotations.NullMarked;
