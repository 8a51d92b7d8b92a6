package uk.lantern.people;

/** Whether self-defined ethnicity is known: "not stated" (the person declined) differs from "not recorded". */
public enum EthnicityStatus {
    RECORDED, NOT_STATED, NOT_RECORDED
}
