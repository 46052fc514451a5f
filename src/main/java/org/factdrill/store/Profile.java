package org.factdrill.store;

/** A learner sharing the database: their own cards, settings and history. */
public record Profile(long id, String name) {}
