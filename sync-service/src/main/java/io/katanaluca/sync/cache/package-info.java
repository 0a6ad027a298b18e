/** Implementations of the stock card cache port. */
package io.katanaluca.sync.cache;
