/**
 * The gateway: the one public entry of the platform, routing each API to the service that
 * owns it.
 */
@NullMarked
package io.aigcfactory.gateway;

import org.jspecify.annotations.NullMarked;
