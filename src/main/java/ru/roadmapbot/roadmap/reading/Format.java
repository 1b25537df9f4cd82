package ru.roadmapbot.roadmap.reading;

/** The containers a roadmap can come in, told apart by content, not by name. */
enum Format {
    /** A zip of XML parts: .docx or .xlsx (which one is read from the package's main part). */
    OFFICE_XML,
    /** An OLE2 compound file: .xls, a password-protected .docx/.xlsx, or an old .doc we do not read. */
    OLE2,
    /** Comma-, semicolon- or tab-separated values. */
    CSV,
    /** Text extracted from a document. */
    TEXT
}
