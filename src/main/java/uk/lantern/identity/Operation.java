package uk.lantern.identity;

public enum Operation {
    READ,
    CHANGE
}
