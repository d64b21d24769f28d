/**
 * The assets API: an asset's record and its files.
 */
@NullMarked
package io.aigcfactory.production.web;

import org.jspecify.annotations.NullMarked;
