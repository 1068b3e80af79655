-- One row per scheduled job (ShedLock's JDBC provider): the node that updates a job's row while
-- lock_until has passed runs the job; the others skip that round. A node that dies mid-run leaves
-- lock_until in the future only until the job's lockAtMostFor has passed (ClusterJobs).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
