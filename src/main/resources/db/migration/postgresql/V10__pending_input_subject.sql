-- A pending question is about a status (help, note, return reason) or a pending import (its territory).
alter table pending_input rename column status_id to subject_id;
