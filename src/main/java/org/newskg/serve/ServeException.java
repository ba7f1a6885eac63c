package org.newskg.serve;

/** The server could not start: the port is taken, the address is not this machine's. */
public final class ServeException extends RuntimeException {
  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
