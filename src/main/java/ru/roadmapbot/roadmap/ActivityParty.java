package ru.roadmapbot.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.List;

/** A stored responsible party of an activity. */
@Embeddable
public class ActivityParty {

    @Enumerated(EnumType.STRING)
    private PartyRole role;

    @Convert(converter = DelimitedListConverter.class)
    private List<String> organizations;

    private String person;

    @Column(name = "job_title")
    private String position;

    @Column(name = "raw_text")
    private String raw;

    protected ActivityParty() {
    }

    ActivityParty(ResponsibleParty party) {
        this.role = party.role();
        this.organizations = party.organizations();
        this.person = party.person();
        this.position = party.position();
        this.raw = party.raw();
    }

    public ResponsibleParty toResponsibleParty() {
        return new ResponsibleParty(role, organizations == null ? List.of() : organizations, person, position, raw);
    }
}
