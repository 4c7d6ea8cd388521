"""The comparison matrix as one SQL query, for Datasette and for Python.

Datasette's canned query ``compare_vendors`` (db/metadata.yaml names it; its
SQL is filled in from here by :func:`policywatch.db.web.datasette_metadata`)
and tests read the same text::

    db.query(MATRIX_SQL, {"vendors": "faveo,nordhost", "doc_type": ""})

Kept apart from :mod:`.analysis` so serving it imports no lexicons.
"""

from __future__ import annotations

# The comparison matrix as one SQL query (vendors as rows, facts as columns),
# for Datasette's canned query "compare_vendors" in db/metadata.yaml. Empty
# :vendors means every vendor; empty :doc_type means privacy_policy.
# "not stated" is written out so it never reads as "no"; a version the
# analyse stage has not reached yet says so rather than "not stated".
PENDING = "analysis pending (run policywatch analyse)"
_YES_NO = "case when count(distinct normalised) > 1 then 'yes and no' else max(normalised) end"
_MATRIX_COLUMNS = [
    ("sells_data", "sale", _YES_NO),
    ("third_party_ads", "ad_sharing", _YES_NO),
    *(
        (column, kind, "group_concat(value, '; ')")
        for column, kind in [
            ("retention", "retention"),
            ("data_locations", "location"),
            ("transfer_mechanism", "transfer_mechanism"),
            ("third_parties", "third_party"),
            ("certifications", "certification"),
            ("breach_notice", "breach_notice"),
            ("children", "children_age"),
            ("governing_law", "governing_law"),
            ("contact_emails", "contact_email"),
            ("dpo", "dpo"),
            ("ai_training", "ai_training"),
        ]
    ),
]
MATRIX_SQL = (
    "select v.slug as vendor, ver.id as version_id, ver.stated_date,\n"
    + "".join(
        f"  case when a.version_id is null then '{PENDING}' else coalesce((select {agg}\n"
        f"    from facts where version_id = ver.id and kind = '{kind}'),"
        f" 'not stated') end as {column},\n"
        for column, kind, agg in _MATRIX_COLUMNS
    )
    + f"""  case when a.version_id is null then '{PENDING}' else
    (select group_concat(topic, ', ') from (select distinct topic from section_topics
    where version_id = ver.id order by topic)) end as topics_covered
from vendors v
join documents d on d.vendor_id = v.id
  and d.doc_type = coalesce(nullif(:doc_type, ''), 'privacy_policy')
join versions ver on ver.id = d.current_version_id
left join version_analysis a on a.version_id = ver.id
where coalesce(:vendors, '') = ''
  or instr(',' || replace(:vendors, ' ', '') || ',', ',' || v.slug || ',') > 0
order by v.slug"""
)

__all__ = ["MATRIX_SQL", "PENDING"]
