/**
 * Blob storage port for produced files, with the local filesystem adapter used by
 * default.
 */
@NullMarked
package io.aigcfactory.platform.storage;

import org.jspecify.annotations.NullMarked;
