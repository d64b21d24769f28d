/**
 * The blob store in an S3-compatible object store, through the AWS SDK v2.
 */
@NullMarked
package io.aigcfactory.platform.storage.s3;

import org.jspecify.annotations.NullMarked;
