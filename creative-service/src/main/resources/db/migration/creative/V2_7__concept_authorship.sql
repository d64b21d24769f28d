-- Who wrote each concept (the language model or the template writer) and, when the
-- template writer stood in for a configured model, why.
alter table concepts add column writer varchar(20) default 'template' not null;
alter table concepts add column model varchar(200);
alter table concepts add column fallback_reason varchar(500);
