/**
 * The gateway's own answers: RFC 9457 problem documents, written the same way by routes,
 * filters and the security chain.
 */
@NullMarked
package io.aigcfactory.gateway.web;

import org.jspecify.annotations.NullMarked;
