/**
 * Assets: producing the files of a concept, storing them, and the record of every asset
 * and its renditions.
 */
@NullMarked
package io.aigcfactory.production.asset;

import org.jspecify.annotations.NullMarked;
