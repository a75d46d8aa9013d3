package nl.toeslagen.kernel;

/** The actor of the current request; the web module implements it from the logged-in user. */
public interface ActorProvider {

  Actor current();
}
