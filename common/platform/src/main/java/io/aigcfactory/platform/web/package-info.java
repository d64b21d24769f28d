/**
 * Web edge conventions: RFC 9457 problem+json errors that name the offending field, and
 * the tenant of a request.
 */
@NullMarked
package io.aigcfactory.platform.web;

import org.jspecify.annotations.NullMarked;
