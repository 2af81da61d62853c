## Geiriau'r ddogfen Word hawdd ei deall, yn Gymraeg.

easy-read-title = { $title }: hawdd ei ddeall
easy-read-about = Dyma fersiwn hawdd ei ddeall o'n hadroddiad. Mae'n defnyddio geiriau hawdd a lluniau.
easy-read-hard-words = Mae geiriau anodd mewn print trwm. Mae'r rhestr o eiriau anodd ar y diwedd yn eu hesbonio.
easy-read-contact = Os oes angen help arnoch chi, neu os oes gennych chi gwestiwn am yr adroddiad hwn, cysylltwch â ni.
