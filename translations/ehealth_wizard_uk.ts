<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>The sandbox is still starting; try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo facility and key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the form is filled in and a demo key is ready (its password is typed in for you). Press Next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectorPage</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who signs with their qualified key. Names exactly as in the passport, in Ukrainian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Коваленко</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Олена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Петрівна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, from the tax number card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day.month.year, e.g. 19.08.1981</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. МЕ123456 or 001234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth sends the invitation to this address. Use one you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +38 (050) 341-08-70</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Sent! One more step for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you accept the invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close the program now: these steps are checked again when you choose “Follow a registration I have already sent” on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth has sent an invitation to {email}. Open that e-mail, follow the link and confirm within 24 hours; then you sign in to eHealth as the head of the facility and can add doctors. The status below updates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Primary care (family doctor, therapist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient specialist care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urban-type settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the state register (EDR). Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacies fill in a few extra fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits for a company; a sole proprietor (FOP) enters the owner&apos;s 10-digit tax number (RNOKPP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ТОВ «Клініка Здоров&apos;я»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as in the state register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVED codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a word and pick from the list. A family practice needs 86.21 (or 86.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (oblast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Київська</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Бучанський</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ірпінь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement ID in eHealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement&apos;s identifier from the eHealth address register; your software vendor can tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Шевченка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office / apartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +38 (050) 341-08-70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasury receiver code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the facility receives budget funds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>To continue, fill in or correct: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Drop your key file here (Key-6.dat, .pfx, .p12, .jks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration is signed with the head&apos;s qualified electronic signature (КЕП). The key and its password stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware key (token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. D:\Key-6.dat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if your key came with a separate .cer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the key… this can take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose key this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.dat *.pfx *.p12 *.jks *.zs2 *.pk8 *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.p7b);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. You can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid and belongs to the head named in the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KvedPicker</name>
    <message>
        <source>{code}: no such KVED code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <source>Highest category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License and accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from the license issued by the Ministry of Health (the order that granted it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. АВ 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacies must give the license number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Міністерство охорони здоров&apos;я України</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the order that granted the license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day.month.year, e.g. 19.08.2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the license has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. медична практика</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation (if you have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new practice usually has none; then leave this part empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what will be signed with your key and sent to eHealth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the public offer for joining the eHealth system and confirm that the data above are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License and accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the key of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished yet: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Sending to eHealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth checks the registration step by step. This usually takes under a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your key on the key page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is still starting. Wait a few seconds and press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth accepted the registration. Press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store, so the facility&apos;s access secret was not kept; your software vendor can issue a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth did not accept the registration at the step “{stage}”. Fix what is shown above and send again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>Hardware keys (tokens such as Алмаз, Кристал, SecureToken) will be supported in the next version. For now, please use a key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>the facility&apos;s EDRPOU code and KVED codes (from the state register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license and, if you have one, the accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your passport or ID card and your tax number (RNOKPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your qualified electronic signature key (file or token) and its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a work e-mail you read and a mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your practice in eHealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes about 15 minutes. Everything you type is saved as you go; you can close the window at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have these at hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a saved draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a registration I have already sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sandbox: a practice copy of eHealth on your computer. Nothing is really registered. Want to see the whole path first? The demo fills in a facility from the practice state register and makes a demo key for its head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a demo facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX
practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth
{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base} — SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>eHealth registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program hit an unexpected problem. Nothing you entered is lost: your draft is saved and opens again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>environment</name>
    <message>
        <source>Sandbox (practice, nothing is really registered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program hit an unexpected problem. Your draft is saved. Please try again; if it repeats, send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>Signing on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>&quot;{draft_id}&quot; is not a valid draft id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a KVED code (like 86.21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a value of the eHealth dictionary {dictionary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facility of type {type} needs at least one of the KVED codes {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pharmacy license needs its license number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone of type mobile must be a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {type} number usually looks like {example}; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the public offer to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {min} character(s) are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {min} item(s) are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the eHealth server at {url}. Check the Internet connection and the server address, then try again. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the signed file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key and check it before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director accepted the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the building number like 15 or 15-В.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site address like clinic.com.ua (lower case, no path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sole proprietor (ФОП) the director&apos;s РНОКПП is normally the facility&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation e-mail to the director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether the server received the registration, and asking it again did not settle it. Check the status before submitting again. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVED {code} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVED {code} is not in the classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters ({letters}) are not allowed; type the name in Ukrainian Cyrillic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form {value} does not fit the code: a 10-digit code is a ФОП (legal form 910), an 8-digit ЄДРПОУ is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in the public registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical practice license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the certificates belongs to this key. Choose the certificate issued for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ukrainian phone numbers (+380...) are accepted; this one is from {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only addresses in Ukraine (UA) are accepted, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one document of type {type} may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one phone of type {type} may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position {value} cannot be the head of a facility in eHealth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care facilities normally have KVED {code} (general medical practice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration in eHealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by the eHealth request schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian-only letters ({letters}) are not allowed; use Ukrainian spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s key matches the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is wrong with the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while talking to eHealth at {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State register (ЄДР) record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP answer belongs to a different request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP answer&apos;s signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP service answered something unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP service answered with an HTTP error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation expired on {expiry_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation expiry date must be after its issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm {algorithm} is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not agree with the РНОКПП, which encodes {rnokpp_birth_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date gives an age over {max_age} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names no OCSP service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names no time-stamp service: give one with --tsp URL, or sign without a time-stamp (--no-tsp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate status could not be checked ({detail}); eHealth will check it when the registration is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must be an 8-digit ЄДРПОУ, or the 10-digit РНОКПП of a sole proprietor (ФОП).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the eHealth server at {url} broke while it was answering. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content does not match the signature: it was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director must be at least {min_age} years old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved to {file}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file {file} cannot be read ({error}); it was set aside as {moved_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file {file} does not hold a draft this program understands; it was set aside as {moved_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file {file} is cut short (it was probably being written when the computer stopped); it was set aside as {moved_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file {file} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file {file} is not UTF-8 text; it was set aside as {moved_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file {file} is not valid JSON; it was set aside as {moved_to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved: it would hold a password, PIN or key material at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was saved by an older version of the program (format {from_version}) and was updated to format {to_version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft {draft_id} and its backup copy are both damaged; an empty form was opened. The damaged files were kept next to it for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft {draft_id} was saved by a newer version of the program (format {version}; this one reads up to {supported}). Update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eHealth request schema does not allow this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eHealth server at {url} did not answer in time ({phase}). Try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eHealth server at {url} failed (HTTP {status}). Try again later. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility&apos;s client secret could not be stored in the system&apos;s secure store ({reason}). Submitting the same registration again makes eHealth issue it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility&apos;s client secret is kept in the system&apos;s secure store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is CMS, but not signed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable CMS/CAdES signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is neither a saved draft nor an eHealth legal-entity request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender does not agree with the РНОКПП, which encodes {rnokpp_gender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash algorithm {algorithm} is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s certificate could not be found for the OCSP check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to {cert_surname}, but the director&apos;s last name is {last_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to ЄДРПОУ {cert_edrpou}, but the form says {edrpou}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is incomplete (cut short). Copy it again from the original medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file uses an algorithm this program does not support ({algorithm}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has been closed; open it again to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s certificate has been revoked ({revoked_at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s certificate has expired ({not_after}). Get a new key from your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s certificate has neither ЄДРПОУ nor РНОКПП; eHealth cannot match it to the facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s certificate is not valid yet (from {not_before}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s certificate was not found. Choose the certificate file (.cer, .crt, .pem, .p7b) or the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s РНОКПП {cert_rnokpp} differs from the director&apos;s РНОКПП {tax_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s РНОКПП {cert_rnokpp} differs from the ЄДРПОУ/РНОКПП in the form ({edrpou}). A ФОП signs with the key issued for their own РНОКПП.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license cannot be active before it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expired on {expiry_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expiry date must be after its issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license id must be the UUID eHealth gave the license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live progress of job {job} was lost and could not be resumed; the registration may still finish on the server. Check its status later. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not fit this key. Check the keyboard layout and Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code must be 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous copy of the draft (saved {saved_at}) was restored. The last changes may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s OCSP service does not know this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration has not been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration was saved by a newer version of the program (format {version}, this one reads up to {supported}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved registration data is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {url} failed: the server&apos;s certificate could not be verified. Check the server address and the computer&apos;s date and time. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {url} does not use https; credentials are only sent over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {url} gave an answer this program does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement id must be a UUID from the eHealth address register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is detached and the signed content was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names a different signer certificate than the one it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses an algorithm this program does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s time-stamp comes from an untrusted service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s time-stamp does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is of an unexpected type ({content_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed file {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not inside the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by a trusted provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step {step} cannot be opened from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step {step} still has {count} problem(s) to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot start with &apos;{char}&apos;; start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp answers a different request (nonce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp could not be obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp is for different data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp is signed by a certificate not meant for time-stamping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp lies outside the certificate&apos;s validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp service answered something that is not a time-stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp service is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp service refused the request ({status}) {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp service {url} answered with HTTP {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp service {url} cannot be reached ({reason}). Check the Internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp service&apos;s certificate is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp&apos;s signature does not verify ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value breaks the eHealth request schema (rule {rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not have the format the eHealth request schema demands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be of type {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor profile {file} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} file holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} key file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The РНОКПП (individual tax number) must be 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft {draft_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sent registration to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These characters are not allowed here: {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials may not register facilities: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is for encryption (key agreement), not for signing. Choose the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring) for the MIS secrets: {reason}. Ask your MIS vendor&apos;s support how to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility type needs a license of type {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a key container this program knows (PKCS#12 .pfx/.p12, PKCS#8 .pk8/.pem, Key-6.dat, JKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an electronic seal of {organization}; eHealth needs the director&apos;s personal signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be opened now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ЄДРПОУ code is not valid: its check digit does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This РНОКПП is not valid: its check digit does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types of activity (KVED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot go back from the step {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must accept the public offer to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth could not read the request: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth did not accept the program&apos;s credentials (API key or token): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth does not accept a passport number instead of a РНОКПП; enter the 10-digit РНОКПП.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth does not know this: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth found errors in the registration: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth refused the registration: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth refused the request (HTTP {status}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the date is not valid ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the e-mail address is not valid ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the number is not valid ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value does not match the schema ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value has the wrong format ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value has the wrong length ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value has the wrong type ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value is not allowed ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value is not allowed here ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value is not valid ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the value must be unique ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: the values are not allowed ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: this field is not allowed here ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: this field is required ({description}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eHealth: {description} (rule {rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither a draft nor an eHealth legal-entity request (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a valid server address (it must start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
