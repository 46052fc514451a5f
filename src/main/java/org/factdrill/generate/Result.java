package org.factdrill.generate;

import org.factdrill.bank.Bank;

/** A generated (or merged) bank with the report of how it was made. */
public record Result(Bank bank, Report report) {}
