/** The HTTP API: thin controllers over the run package, errors as problem+json. */
package io.katanaluca.sync.api;
