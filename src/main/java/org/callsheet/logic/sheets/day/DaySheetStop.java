package org.callsheet.logic.sheets.day;

import java.time.LocalTime;

/**
 * One stop of the day sheet: its number in the route, the planned arrival (an appointment's fixed
 * time when {@code appointment}), the customer, where to go and whom to ask for, the purpose, and
 * the notes and needs of the customer's last call.
 */
public record DaySheetStop(int sequence, LocalTime arrival, boolean appointment, String customer, String address,
                           String contact, String phone, String purpose, String lastNotes, String lastNeeds) {
    public DaySheetStop {
        address = address == null ? "" : address;
        contact = contact == null ? "" : contact;
        phone = phone == null ? "" : phone;
        purpose = purpose == null ? "" : purpose;
        lastNotes = lastNotes == null ? "" : lastNotes;
        lastNeeds = lastNeeds == null ? "" : lastNeeds;
    }
}
