package ru.roadmapbot.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact the running app learned and the command line needs, such as the bot's user name. */
@Entity
@Table(name = "app_setting")
class AppSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    protected AppSetting() {
    }

    AppSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }
}
