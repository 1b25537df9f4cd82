-- Spring Modulith's event publication registry (its v2 layout): an event for an @ApplicationModuleListener is stored
-- in the transaction that publishes it and completed when the listener has run, so a listener cut off by a crash
-- runs again. Event bodies are JSON of any length (a roadmap names hundreds of organizations), hence no VARCHAR(4000).
CREATE TABLE event_publication
(
    id                     UUID                        NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)                NOT NULL,
    event_type             VARCHAR(512)                NOT NULL,
    serialized_event       CHARACTER VARYING           NOT NULL,
    publication_date       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP(9) WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(9) WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
