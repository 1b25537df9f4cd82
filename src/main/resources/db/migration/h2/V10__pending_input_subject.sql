-- A pending question is about a status (help, note, return reason) or a pending import (its territory).
alter table pending_input alter column status_id rename to subject_id;
