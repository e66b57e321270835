<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>rd::AccountRecords</name>
    <message>
        <source>Cannot create the account &quot;%1&quot;</source>
        <translation>アカウント「%1」を作成できません</translation>
    </message>
    <message>
        <source>full name: %1</source>
        <translation>氏名: %1</translation>
    </message>
    <message>
        <source>Cannot retire the signing key of &quot;%1&quot;</source>
        <translation>「%1」の署名鍵を失効させられません</translation>
    </message>
    <message>
        <source>Cannot record the signing key of &quot;%1&quot;</source>
        <translation>「%1」の署名鍵を記録できません</translation>
    </message>
    <message>
        <source>Cannot record the password history</source>
        <translation>パスワード履歴を記録できません</translation>
    </message>
    <message>
        <source>Cannot update the account</source>
        <translation>アカウントを更新できません</translation>
    </message>
    <message>
        <source>The new account &quot;%1&quot; got no id.</source>
        <translation>新しいアカウント「%1」に ID が割り当てられませんでした。</translation>
    </message>
    <message>
        <source>Cannot enable the account</source>
        <translation>アカウントを有効にできません</translation>
    </message>
    <message>
        <source>A signing key for &quot;%1&quot; can only be certified with the store root or an administrator&apos;s key.</source>
        <translation>「%1」の署名鍵を証明できるのは、データストアのルート鍵または管理者の鍵のみです。</translation>
    </message>
    <message>
        <source>certified by the store root</source>
        <translation>データストアのルート鍵により証明</translation>
    </message>
    <message>
        <source>certified by %1 with key %2</source>
        <translation>%1 が鍵 %2 で証明</translation>
    </message>
    <message>
        <source>Cannot record the certificate of &quot;%1&quot;</source>
        <translation>「%1」の証明書を記録できません</translation>
    </message>
    <message>
        <source>Cannot read signing key %1</source>
        <translation>署名鍵 %1 を読み取れません</translation>
    </message>
    <message>
        <source>Cannot record the person of &quot;%1&quot;</source>
        <translation>「%1」の人物を記録できません</translation>
    </message>
    <message>
        <source>Cannot record the reset of &quot;%1&quot;</source>
        <translation>「%1」のパスワードのリセットを記録できません</translation>
    </message>
    <message>
        <source>Cannot confirm the hand-over to &quot;%1&quot;</source>
        <translation>「%1」への引き渡しを確認できません</translation>
    </message>
    <message>
        <source>No hand-over of key %1 of &quot;%2&quot; awaits confirmation.</source>
        <translation>「%2」の鍵 %1 には、確認待ちの引き渡しがありません。</translation>
    </message>
    <message>
        <source>the person received the account reset by another administrator</source>
        <translation>別の管理者がリセットしたアカウントを本人が受け取りました</translation>
    </message>
</context>
<context>
    <name>rd::AccountService</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>ユーザー名「%1」は無効です: 英小文字 a-z、数字、「.」「_」「-」を使い、先頭を英字とする 2～32 文字にしてください。</translation>
    </message>
    <message>
        <source>The full name is empty; it is printed with every signature, so it must be given.</source>
        <translation>氏名が空です。氏名はすべての署名に表示されるため、入力が必要です。</translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters.</source>
        <translation>氏名が 100 文字を超えています。</translation>
    </message>
    <message>
        <source>The full name contains a control character.</source>
        <translation>氏名に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Cannot read the password history</source>
        <translation>パスワード履歴を読み取れません</translation>
    </message>
    <message>
        <source>The new password is one of the last %1 passwords of this account; choose another.</source>
        <translation>新しいパスワードは、このアカウントの過去 %1 回のパスワードのいずれかと同じです。別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Cannot list the accounts</source>
        <translation>アカウントの一覧を取得できません</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>アカウント「%1」は存在しません。</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken by %2 account of %3; user names are never reused.</source>
        <translation>ユーザー名「%1」は %3 の%2アカウントで使用されています。ユーザー名は再利用できません。</translation>
    </message>
    <message>
        <source>the active</source>
        <translation>有効な</translation>
    </message>
    <message>
        <source>the disabled</source>
        <translation>無効な</translation>
    </message>
    <message>
        <source>Cannot add the account</source>
        <translation>アカウントを追加できません</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>アカウントの無効化</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation>アカウント「%1」は既に無効です。</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>自分のアカウントは無効にできません。別の管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Give a reason for disabling the account.</source>
        <translation>アカウントを無効にする理由を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be disabled.</source>
        <translation>「%1」は最後の有効な管理者であるため、無効にできません。</translation>
    </message>
    <message>
        <source>Cannot disable the account</source>
        <translation>アカウントを無効にできません</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; its password cannot be reset.</source>
        <translation>アカウント「%1」は無効なため、パスワードをリセットできません。</translation>
    </message>
    <message>
        <source>To change your own password, use Change password, not a reset.</source>
        <translation>自分のパスワードを変更するには、リセットではなく「パスワードの変更」を使用してください。</translation>
    </message>
    <message>
        <source>Cannot reset the password</source>
        <translation>パスワードをリセットできません</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Cannot change the password</source>
        <translation>パスワードを変更できません</translation>
    </message>
    <message>
        <source>required change after a reset or first login</source>
        <translation>リセット後または初回ログイン時の必須変更</translation>
    </message>
    <message>
        <source>changed by the user</source>
        <translation>ユーザーによる変更</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator; nothing was changed.</source>
        <translation>%1 は既に有効な管理者ではありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>change accounts</source>
        <translation>アカウントの変更</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; disabled</source>
        <translation>アカウント「%1」の無効化</translation>
    </message>
    <message>
        <source>the person identifier %1 is that of %2 (%3)</source>
        <translation>個人識別子 %1 は %2（%3）のものです</translation>
    </message>
    <message>
        <source>%1 is the name of the account %2</source>
        <translation>%1 はアカウント %2 の氏名です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as &quot;%2&quot;, the name of the account %3</source>
        <translation>「%1」は、アカウント %3 の氏名「%2」の紛らわしい類似表記です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as the user name %2</source>
        <translation>「%1」は、ユーザー名 %2 の紛らわしい類似表記です</translation>
    </message>
    <message>
        <source>An administrator cannot make an account for themselves (%1); another administrator must.</source>
        <translation>管理者は自分自身のアカウントを作成できません（%1）。別の管理者が作成する必要があります。</translation>
    </message>
    <message>
        <source>The new account may be a person who already has one: %1. If it is the same person, say so and it is linked to them; otherwise tell them apart.</source>
        <translation>新しいアカウントは、既にアカウントを持つ人物のものである可能性があります: %1。同一人物であればその旨を指定してください。アカウントはその人物に関連付けられます。別人であれば、両者を区別できるようにしてください。</translation>
    </message>
    <message>
        <source>The new account is said to be a person who already has one, but no account has the person identifier %1 or a name like %2.</source>
        <translation>新しいアカウントは既にアカウントを持つ人物のものと指定されていますが、個人識別子 %1 のアカウントも、%2 に類似する氏名のアカウントもありません。</translation>
    </message>
    <message>
        <source>The new account is said to be the person of %1, whose person identifier is %2, not %3.</source>
        <translation>新しいアカウントは %1 と同一人物と指定されていますが、その人物の個人識別子は %3 ではなく %2 です。</translation>
    </message>
    <message>
        <source>temporary password set by an administrator; change required at next login; key %1 signs once another administrator confirms the hand-over</source>
        <translation>管理者が設定した一時パスワード。次回ログイン時に変更が必要。鍵 %1 は別の管理者が引き渡しを確認した後に署名可能</translation>
    </message>
    <message>
        <source>Cannot read the hand-over of key %1</source>
        <translation>鍵 %1 の引き渡しを読み取れません</translation>
    </message>
    <message>
        <source>The signing key of %1 was issued when %2 reset the password; it signs once another administrator confirms that %1 received the account (users confirm-handover).</source>
        <translation>%1 の署名鍵は、%2 がパスワードをリセットした際に発行されました。この鍵は、%1 がアカウントを受け取ったことを別の管理者が確認した後に署名できるようになります（users confirm-handover）。</translation>
    </message>
    <message>
        <source>confirm hand-overs</source>
        <translation>引き渡しの確認</translation>
    </message>
    <message>
        <source>Cannot confirm the hand-over</source>
        <translation>引き渡しを確認できません</translation>
    </message>
    <message>
        <source>Cannot read the hand-over</source>
        <translation>引き渡しを読み取れません</translation>
    </message>
    <message>
        <source>No password reset of %1 awaits a confirmed hand-over.</source>
        <translation>%1 には、引き渡しの確認を待っているパスワードのリセットはありません。</translation>
    </message>
    <message>
        <source>You cannot confirm the hand-over of your own account.</source>
        <translation>自分のアカウントの引き渡しは確認できません。</translation>
    </message>
    <message>
        <source>You reset the password of %1, so another administrator confirms the hand-over.</source>
        <translation>%1 のパスワードは自分でリセットしたため、引き渡しは別の管理者が確認する必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (it holds %2) reads as &quot;%3&quot;, the name of the account %4</source>
        <translation>「%1」（%2 を含む）は、アカウント %4 の氏名「%3」の紛らわしい類似表記です</translation>
    </message>
    <message>
        <source>The accounts changed while this one was checked; nothing was written. Try again.</source>
        <translation>このアカウントの確認中にアカウントが変更されました。何も書き込まれていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>state the person of accounts</source>
        <translation>アカウントの人物の指定</translation>
    </message>
    <message>
        <source>Cannot record the person</source>
        <translation>人物を記録できません</translation>
    </message>
    <message>
        <source>%1 already belongs to the person %2; a person identifier is stated once.</source>
        <translation>%1 は既に個人識別子 %2 の人物のアカウントです。個人識別子の指定は一度限りです。</translation>
    </message>
    <message>
        <source>The person identifier %1 is that of %2 (%3). If %4 is that person, say so and it is linked to them; otherwise check the identifier.</source>
        <translation>個人識別子 %1 は %2（%3）のものです。%4 がその人物であればその旨を指定してください。アカウントはその人物に関連付けられます。別人であれば、個人識別子を確認してください。</translation>
    </message>
    <message>
        <source>%1 is said to be a person who already has an account, but no other account has the person identifier %2.</source>
        <translation>%1 は既にアカウントを持つ人物のものと指定されていますが、個人識別子 %2 の他のアカウントはありません。</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>理由に%1。</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrail</name>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>監査証跡に書き込めません</translation>
    </message>
    <message>
        <source>The workstation clock is earlier than the previous audit event.</source>
        <translation>端末の時計が直前の監査イベントの時刻より前になっています。</translation>
    </message>
    <message>
        <source>records.db ends before event %1, the last signed checkpoint recorded in keyslots.json: it was rolled back to an older copy or cut short.</source>
        <translation>records.db は、keyslots.json に記録された最後の署名済みチェックポイントであるイベント %1 より前で終わっています。古いコピーに戻されたか、途中で切り詰められています。</translation>
    </message>
    <message>
        <source>Event %1 of records.db is not the signed checkpoint recorded in keyslots.json: records.db was replaced or rewritten.</source>
        <translation>records.db のイベント %1 は、keyslots.json に記録された署名済みチェックポイントと一致しません。records.db が置き換えられたか、書き換えられています。</translation>
    </message>
</context>
<context>
    <name>rd::AuditVerifier</name>
    <message>
        <source>event %1 (%2 by %3 at %4)</source>
        <translation>イベント %1（%2、実行者 %3、日時 %4）</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail jumps from event %2 to %3.</source>
        <translation>イベント %1 が欠落しています: 監査証跡がイベント %2 から %3 に飛んでいます。</translation>
    </message>
    <message>
        <source>Event %1 appears out of order.</source>
        <translation>イベント %1 の順序が正しくありません。</translation>
    </message>
    <message>
        <source>%1: its time &quot;%2&quot; is not in the stored form; it was edited outside ReleaseDesk.</source>
        <translation>%1: 時刻「%2」が保存形式になっていません。ReleaseDesk の外部で編集されています。</translation>
    </message>
    <message>
        <source>%1: its link to the previous event does not match; an earlier event was changed or removed.</source>
        <translation>%1: 直前のイベントへのリンクが一致しません。それ以前のイベントが変更または削除されています。</translation>
    </message>
    <message>
        <source>%1: its content does not match its hash; it was altered after it was written.</source>
        <translation>%1: 内容がハッシュと一致しません。書き込み後に改変されています。</translation>
    </message>
    <message>
        <source>Checkpoint %1: %2&apos;s signature does not match the audit trail up to event %3; the trail before it was rewritten.</source>
        <translation>チェックポイント %1: %2 の署名がイベント %3 までの監査証跡と一致しません。それ以前の証跡が書き換えられています。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>検証をキャンセルしました。</translation>
    </message>
    <message>
        <source>keyslots.json records no checkpoint, though the audit trail holds %1: keyslots.json was replaced with an older or foreign copy.</source>
        <translation>監査証跡にはチェックポイントが %1 件あるにもかかわらず、keyslots.json にはチェックポイントが記録されていません: keyslots.json が古いコピーまたは別のデータストアのコピーで置き換えられています。</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>The record bindings name event %1, which records no bindings: they were added outside ReleaseDesk.</source>
        <translation>記録の紐付けがイベント %1 を指していますが、このイベントは紐付けを記録していません: ReleaseDesk の外部で追加されています。</translation>
    </message>
    <message>
        <source>%1: the record bindings it wrote were changed or removed outside ReleaseDesk.</source>
        <translation>%1: このイベントが書き込んだ記録の紐付けが、ReleaseDesk の外部で変更または削除されています。</translation>
    </message>
    <message>
        <source>Checkpoint %1 cannot be trusted: %2</source>
        <translation>チェックポイント %1 は信頼できません: %2</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but record bindings of event %2 remain: events were removed from the end.</source>
        <translation>監査証跡はイベント %1 で終わっていますが、イベント %2 の記録の紐付けが残っています: 末尾のイベントが削除されています。</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but keyslots.json records a checkpoint of %2 at event %3: events were removed from the end.</source>
        <translation>監査証跡はイベント %1 で終わっていますが、keyslots.json にはイベント %3 における %2 のチェックポイントが記録されています: 末尾のイベントが削除されています。</translation>
    </message>
    <message>
        <source>Event %1 is not the checkpoint of %2 recorded in keyslots.json; the audit trail was rewritten from there on.</source>
        <translation>イベント %1 は keyslots.json に記録された %2 のチェックポイントではありません。監査証跡はその時点以降が書き換えられています。</translation>
    </message>
    <message>
        <source>The indexes of the audit trail cannot be checked from its walk.</source>
        <translation>監査証跡のインデックスは、証跡の走査からは検査できません。</translation>
    </message>
    <message>
        <source>The order of the record bindings can only be checked by one walk of the whole audit trail.</source>
        <translation>レコードバインディングの順序は、監査証跡全体を一度に走査する場合にのみ確認できます。</translation>
    </message>
    <message>
        <source>The order of the record bindings cannot be checked from the walk.</source>
        <translation>走査からレコードバインディングの順序を確認できません。</translation>
    </message>
</context>
<context>
    <name>rd::BatchCatalogue</name>
    <message>
        <source>Name a batch.</source>
        <translation>ロットを指定してください。</translation>
    </message>
</context>
<context>
    <name>rd::BatchLocks</name>
    <message>
        <source>Cannot read the states of the batches</source>
        <translation>ロットの状態を読み取れません</translation>
    </message>
    <message>
        <source>batch %1 is decided (&quot;%2&quot;); its record and results change only under change control, which puts it on hold for a new review and decision</source>
        <translation>ロット %1 は判定済みです（「%2」）。その記録と結果は変更管理のもとでのみ変更でき、変更するとロットは新たな照査と判定のため保留になります</translation>
    </message>
    <message>
        <source>Change control must read &quot;REFERENCE: reason&quot;, for example &quot;CC-2026-014: viability repeated after a counter fault&quot;; got &quot;%1&quot;.</source>
        <translation>変更管理は「参照番号: 理由」の形式で指定してください。例: 「CC-2026-014: セルカウンターの不具合のため生存率を再測定」。指定された値: 「%1」。</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>何も書き込まれていません: %1。</translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation>ロット %1 の状態を記録できません</translation>
    </message>
    <message>
        <source>change control %1; changed: %2</source>
        <translation>変更管理 %1、変更内容: %2</translation>
    </message>
    <message>
        <source>changed after QC approval: %1</source>
        <translation>QC承認後の変更: %1</translation>
    </message>
    <message>
        <source>The state of batch %1 was not recorded where expected; nothing was changed.</source>
        <translation>ロット %1 の状態が想定した位置に記録されませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>Batch %1 changed state (someone signed for it) while this change was checked; nothing was written. Try again.</source>
        <translation>この変更の確認中にロット %1 の状態が変わりました（誰かが署名しました）。何も書き込まれていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>the result of %1 that the conditional release of batch %2 awaited has arrived; a further one changes what was decided and needs change control</source>
        <translation>ロット %2 の条件付き出荷判定が待っていた %1 の結果は既に届いています。さらに結果を追加すると判定内容が変わるため、変更管理が必要です</translation>
    </message>
    <message>
        <source>batch %1 is on hold after its decision (&quot;%2&quot;); its record and results change only under change control, for a new review and decision</source>
        <translation>ロット %1 は判定（「%2」）の後に保留になっています。その記録と結果は変更管理のもとでのみ変更でき、改めて照査と判定が必要です</translation>
    </message>
    <message>
        <source>more than one result of %1, which the conditional release of batch %2 awaits, came at once; one is its result, and the others need change control</source>
        <translation>ロット %2 の条件付き出荷判定が待っている %1 の結果が一度に複数届きました。待っている結果は一つだけで、残りには変更管理が必要です</translation>
    </message>
    <message>
        <source>The change control %1.</source>
        <translation>変更管理に%1。</translation>
    </message>
</context>
<context>
    <name>rd::CommandLine</name>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for how to use it.</source>
        <translation>使い方は「%1 %2 --help」で確認してください。</translation>
    </message>
    <message>
        <source>Your user name (asked for on the terminal if omitted).</source>
        <translation>ユーザー名（省略時はターミナルで入力を求めます）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line: %1.</source>
        <translation>パスワードを標準入力から 1 行に 1 つずつ読み取ります: %1。</translation>
    </message>
    <message>
        <source>expected %1, got %2 arguments.</source>
        <translation>引数は %1 が必要ですが、%2 個指定されました。</translation>
    </message>
    <message>
        <source>--user is required with --password-stdin.</source>
        <translation>--password-stdin を指定する場合は --user が必要です。</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>ユーザー名: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1 must change the password first: run &quot;%2 passwd %3 --user %1&quot;.</source>
        <translation>%1 は先にパスワードを変更する必要があります。「%2 passwd %3 --user %1」を実行してください。</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; print it or write it down and keep it locked away):</source>
        <translation>リカバリーコード（表示されるのは今回限りです。印刷するか書き留めて、施錠して保管してください）:</translation>
    </message>
    <message>
        <source>It opens the store if every administrator password is lost (%1 recover).</source>
        <translation>すべての管理者パスワードを紛失した場合に、このコードでデータストアを開くことができます（%1 recover）。</translation>
    </message>
    <message>
        <source>Create a new, empty store with its first administrator.</source>
        <translation>最初の管理者を登録した、空の新しいデータストアを作成します。</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>最初の管理者のユーザー名。</translation>
    </message>
    <message>
        <source>Full name of the first administrator, as printed with signatures.</source>
        <translation>最初の管理者の氏名（署名に表示される表記）。</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>管理者のパスワード</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>パスワードを再入力: </translation>
    </message>
    <message>
        <source>Created the store %1 (id %2).</source>
        <translation>データストア %1 を作成しました（ID %2）。</translation>
    </message>
    <message>
        <source>Accounts (password for all: %1):</source>
        <translation>アカウント（全アカウント共通のパスワード: %1）:</translation>
    </message>
    <message>
        <source>List every account, active and disabled.</source>
        <translation>すべてのアカウント（有効・無効）を一覧表示します。</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>自分のパスワード</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>パスワード変更要</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Add an account (administrators only). The new user must change the initial password at the first login.</source>
        <translation>アカウントを追加します（管理者のみ）。新しいユーザーは初回ログイン時に初期パスワードを変更する必要があります。</translation>
    </message>
    <message>
        <source>Full name, as printed with signatures.</source>
        <translation>氏名（署名に表示される表記）。</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>次のいずれか: %1。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>your password, then the new user&apos;s initial password</source>
        <translation>自分のパスワード、次に新しいユーザーの初期パスワード</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>不明なロール「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>%1 の初期パスワード: </translation>
    </message>
    <message>
        <source>Repeat the initial password: </source>
        <translation>初期パスワードを再入力: </translation>
    </message>
    <message>
        <source>Disable an account (administrators only). The account stays in the records; its key slot is removed.</source>
        <translation>アカウントを無効にします（管理者のみ）。アカウントは記録に残りますが、キースロットは削除されます。</translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation>理由（監査証跡に記録されます）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>--reason は必須です。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 を無効化しました。</translation>
    </message>
    <message>
        <source>Set a temporary password (administrators only); the user must change it at the next login. Also lifts a lockout.</source>
        <translation>一時パスワードを設定します（管理者のみ）。ユーザーは次回ログイン時にこれを変更する必要があります。ロックアウトも解除されます。</translation>
    </message>
    <message>
        <source>your password, then the temporary password</source>
        <translation>自分のパスワード、次に一時パスワード</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>%1 の一時パスワード: </translation>
    </message>
    <message>
        <source>Repeat the temporary password: </source>
        <translation>一時パスワードを再入力: </translation>
    </message>
    <message>
        <source>Change your own password. %1</source>
        <translation>自分のパスワードを変更します。%1</translation>
    </message>
    <message>
        <source>your current password, then the new one</source>
        <translation>現在のパスワード、次に新しいパスワード</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>%1 の現在のパスワード: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新しいパスワード: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>新しいパスワードを再入力: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation>イベント %1 で失敗: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Set a new password for this administrator.</source>
        <translation>この管理者に新しいパスワードを設定します。</translation>
    </message>
    <message>
        <source>Print the raw key as a PRAGMA key line.</source>
        <translation>生のデータベース鍵を PRAGMA key 行の形式で出力します。</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>リカバリーコード: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>%1 の新しいパスワードを設定しました。</translation>
    </message>
    <message>
        <source>%1: unknown verb &quot;%2&quot;.</source>
        <translation>%1: 不明なコマンド「%2」です。</translation>
    </message>
    <message>
        <source>give exactly one of --admin, --show-raw-key or --accept-rollback.</source>
        <translation>--admin、--show-raw-key、--accept-rollback のいずれか 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>--accept-rollback needs --reason.</source>
        <translation>--accept-rollback には --reason が必要です。</translation>
    </message>
    <message>
        <source>Accepted the older records; the acceptance and what was lost are recorded in the audit trail.</source>
        <translation>古い記録を受け入れました。受け入れたことと失われた内容は監査証跡に記録されています。</translation>
    </message>
    <message>
        <source>Use the recovery code printed at init: set a new password for an administrator, show the raw database key for the sqlcipher shell, or accept a records.db older than the last signed checkpoint. Each is recorded in the audit trail.</source>
        <translation>init 時に出力されたリカバリーコードを使用して、管理者に新しいパスワードを設定する、sqlcipher シェル用に生のデータベース鍵を表示する、または最後の署名済みチェックポイントより古い records.db を受け入れる、のいずれかを行います。いずれも監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Accept a records.db older than the last signed checkpoint (put back from a backup); needs --reason.</source>
        <translation>最後の署名済みチェックポイントより古い records.db（バックアップから戻したもの）を受け入れます。--reason が必要です。</translation>
    </message>
    <message>
        <source>the recovery code, then (with --admin) the new password</source>
        <translation>リカバリーコード、次に（--admin の場合）新しいパスワード</translation>
    </message>
    <message>
        <source>Create a demo store: one account per role, three products, four sites and N batches with their QC results over two years. The same seed gives the same records. Its password is public: never put real data in it.</source>
        <translation>デモ用データストアを作成します: ロールごとに 1 アカウント、3 製品、4 製造所、および N ロットとその 2 年分の試験結果を含みます。同じシードからは同じ記録が生成されます。パスワードは公開されているため、実データは絶対に入れないでください。</translation>
    </message>
    <message>
        <source>How many batches (default 300).</source>
        <translation>ロット数（既定値 300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>生成器のシード（既定値 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--batches takes a whole number from 0 to %1.</source>
        <translation>--batches には 0～%1 の整数を指定してください。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message>
        <source>Created the demo store %1 with %2 batches in %3 s.</source>
        <translation>デモ用データストア %1 を作成しました（%2 ロット、%3 秒）。</translation>
    </message>
    <message>
        <source>Import specifications and batch records (administrators) or QC results as CSV, JSON or Allotrope cell-counting JSON (QC analysts). Everything is checked first and written in one transaction: one bad row and nothing is written.</source>
        <translation>規格と製造記録（管理者）、または試験結果（QC試験担当者）を CSV、JSON、Allotrope 細胞計数 JSON 形式で取り込みます。すべてを事前にチェックしたうえで 1 つのトランザクションで書き込みます。不正な行が 1 行でもあれば、何も書き込まれません。</translation>
    </message>
    <message>
        <source>Store content that differs from what is stored as new versions (the old ones stay readable); needs --reason.</source>
        <translation>保存済みの内容と異なるものを新しい版として保存します（旧版も引き続き参照できます）。--reason が必要です。</translation>
    </message>
    <message>
        <source>expected STORE and at least one FILE.</source>
        <translation>STORE と 1 つ以上の FILE が必要です。</translation>
    </message>
    <message>
        <source>--supersede needs --reason.</source>
        <translation>--supersede には --reason が必要です。</translation>
    </message>
    <message>
        <source>%1 rows written in %2 s.</source>
        <translation>%1 行を書き込みました（%2 秒）。</translation>
    </message>
    <message>
        <source>Write stored records in the import formats, values as imported: specifications, batches, results or unassigned.</source>
        <translation>保存済みの記録を取り込み形式で、取り込み時の値のまま出力します: specifications、batches、results または unassigned。</translation>
    </message>
    <message>
        <source>csv or json (default json).</source>
        <translation>csv または json（既定値 json）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>このロットのみ。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>WHAT is specifications, batches, results or unassigned, not &quot;%1&quot;.</source>
        <translation>WHAT には specifications、batches、results または unassigned を指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format には csv または json を指定してください。</translation>
    </message>
    <message>
        <source>List the open unassigned results.</source>
        <translation>未処理の未割り当て結果を一覧表示します。</translation>
    </message>
    <message>
        <source>Attach an unassigned result to a QC sample of a batch (QC analysts), with a reason.</source>
        <translation>未割り当て結果をロットの QC試料に割り当てます（QC試験担当者）。理由が必要です。</translation>
    </message>
    <message>
        <source>Reject an unassigned result (QC analysts), with a reason.</source>
        <translation>未割り当て結果を却下します（QC試験担当者）。理由が必要です。</translation>
    </message>
    <message>
        <source>ID is a number that inbox list shows (several: separated by commas).</source>
        <translation>ID は inbox list で表示される番号です（複数の場合はカンマ区切り）。</translation>
    </message>
    <message>
        <source>Assigned %1 to sample %2.</source>
        <translation>%1 を試料 %2 に割り当てました。</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 を却下しました。</translation>
    </message>
    <message>
        <source>say what to do: list, assign or reject.</source>
        <translation>実行する操作を指定してください: list、assign または reject。</translation>
    </message>
    <message>
        <source>Recompute the audit trail&apos;s hash chain and check every checkpoint and electronic signature. Prints &quot;ok: N events&quot; or names the first event that does not match (exit code 1).</source>
        <translation>監査証跡のハッシュチェーンを再計算し、すべてのチェックポイントと電子署名を確認します。「ok: イベント N 件」と出力するか、一致しない最初のイベントを示します（終了コード 1）。</translation>
    </message>
    <message>
        <source>Batch %1 (%2, %3), record version %4, specification %5</source>
        <translation>ロット %1（%2、%3）、記録の版: %4、規格の版: %5</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>有効な規格なし</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>*** EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request ***</source>
        <translation>*** 主治医の要請による規格外製品の例外的出荷判定 ***</translation>
    </message>
    <message>
        <source>Exceptions: %1 (critical %2, major %3, minor %4, info %5); without disposition: %6</source>
        <translation>例外: %1 件（重大 %2、中程度 %3、軽微 %4、情報 %5）、未処置: %6 件</translation>
    </message>
    <message>
        <source> (blocks release)</source>
        <translation> (出荷判定不可)</translation>
    </message>
    <message>
        <source>; deviation %1</source>
        <translation>、逸脱 %1</translation>
    </message>
    <message>
        <source>   needs a new disposition: the data changed since &quot;%1&quot;</source>
        <translation>   再処置が必要: 処置「%1」の後にデータが変更されています</translation>
    </message>
    <message>
        <source>   needs a disposition</source>
        <translation>   処置が必要</translation>
    </message>
    <message>
        <source>Signed: %1%2%3</source>
        <translation>署名: %1%2%3</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>、理由: %1</translation>
    </message>
    <message>
        <source> [NO LONGER COVERS the current record]</source>
        <translation> [現在の記録を対象としていません]</translation>
    </message>
    <message>
        <source>   physician&apos;s request %1; risk evaluation: %2</source>
        <translation>   医師の要請 %1、リスク評価: %2</translation>
    </message>
    <message>
        <source>   pending at signing: %1</source>
        <translation>   署名時に未確定: %1</translation>
    </message>
    <message>
        <source>List the exceptions of a batch, numbered, with their dispositions.</source>
        <translation>ロットの例外を番号付きで、処置とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Record a disposition of one exception (QA reviewers).</source>
        <translation>1 件の例外について処置を記録します（QA照査者）。</translation>
    </message>
    <message>
        <source>Sign a batch decision; the password is asked again for the signature.</source>
        <translation>ロットの判定に署名します。署名のためにパスワードを再度入力します。</translation>
    </message>
    <message>
        <source>Show where a batch stands: state, exceptions and signatures.</source>
        <translation>ロットの現況（状態、例外、署名）を表示します。</translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation>ロット番号。</translation>
    </message>
    <message>
        <source>The exception&apos;s number (as listed) or key.</source>
        <translation>例外の番号（一覧の表示どおり）またはキー。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The disposition.</source>
        <translation>処置の内容。</translation>
    </message>
    <message>
        <source>A deviation reference.</source>
        <translation>逸脱番号。</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>What the signature means: %1.</source>
        <translation>署名の意味: %1。</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>A comment; the reason for on-hold, hold-lifted and rejected.</source>
        <translation>コメント。on-hold、hold-lifted、rejected では理由を記入します。</translation>
    </message>
    <message>
        <source>Exceptional release: the reference of the treating physician&apos;s written request.</source>
        <translation>例外的出荷判定: 主治医の書面による要請の参照番号。</translation>
    </message>
    <message>
        <source>Exceptional release: the risk evaluation.</source>
        <translation>例外的出荷判定: リスク評価。</translation>
    </message>
    <message>
        <source>your password, then your password again to sign</source>
        <translation>自分のパスワード、次に署名のため再度自分のパスワード</translation>
    </message>
    <message>
        <source>--batch is required.</source>
        <translation>--batch は必須です。</translation>
    </message>
    <message>
        <source>--meaning is one of: %1.</source>
        <translation>--meaning には次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>--exception and --comment are required.</source>
        <translation>--exception と --comment は必須です。</translation>
    </message>
    <message>
        <source>Signing &quot;%1&quot; for batch %2: %3</source>
        <translation>ロット %2 に「%1」として署名します: %3</translation>
    </message>
    <message>
        <source>Password to sign as %1: </source>
        <translation>%1 として署名するためのパスワード: </translation>
    </message>
    <message>
        <source>Signed: %1; batch %2 is now &quot;%3&quot;.</source>
        <translation>署名しました: %1。ロット %2 は「%3」になりました。</translation>
    </message>
    <message>
        <source>Print one product&apos;s series of a test with its control limits, moving ranges, capability and the rules each point violates.</source>
        <translation>1 製品の 1 試験項目の系列を、管理限界、移動範囲、工程能力、各点が違反するルールとともに出力します。</translation>
    </message>
    <message>
        <source>The product code.</source>
        <translation>製品コード。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>The test code.</source>
        <translation>試験コード。</translation>
    </message>
    <message>
        <source>Only this site (may be repeated).</source>
        <translation>この製造所のみ（複数指定可）。</translation>
    </message>
    <message>
        <source>site</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>Made on or after (YYYY-MM-DD).</source>
        <translation>この日以降に製造（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Made on or before (YYYY-MM-DD).</source>
        <translation>この日以前に製造（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>imr (default) or lj (Levey-Jennings).</source>
        <translation>imr（既定値）または lj（Levey-Jennings）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Limits from the first K points (default: all).</source>
        <translation>最初の K 点から管理限界を算出（既定値: 全点）。</translation>
    </message>
    <message>
        <source>Limits from the batches made from this date (YYYY-MM-DD)...</source>
        <translation>この日付（YYYY-MM-DD）から製造されたロットで管理限界を算出...</translation>
    </message>
    <message>
        <source>...to this date.</source>
        <translation>...この日付まで。</translation>
    </message>
    <message>
        <source>Limits from a frozen baseline of this name.</source>
        <translation>この名前の固定ベースラインから管理限界を算出。</translation>
    </message>
    <message>
        <source>westgard, nelson (default), all, or a list of rule ids separated by commas.</source>
        <translation>westgard、nelson（既定値）、all、またはカンマ区切りのルール ID のリスト。</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（既定値）または json。</translation>
    </message>
    <message>
        <source>--product and --test are required.</source>
        <translation>--product と --test は必須です。</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>--chart is imr or lj.</source>
        <translation>--chart には imr または lj を指定してください。</translation>
    </message>
    <message>
        <source>--baseline is a number of points, at least 2.</source>
        <translation>--baseline には 2 以上の点数を指定してください。</translation>
    </message>
    <message>
        <source>--rules: unknown rule in &quot;%1&quot;.</source>
        <translation>--rules: 「%1」に不明なルールが含まれています。</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to are both dates as YYYY-MM-DD.</source>
        <translation>--baseline-from と --baseline-to はどちらも YYYY-MM-DD 形式の日付で指定してください。</translation>
    </message>
    <message>
        <source>charts cannot be drawn by this build.</source>
        <translation>このビルドでは管理図を描画できません。</translation>
    </message>
    <message>
        <source>List the out-of-trend rules per product and test, or set them for one test (administrators): their violations become out-of-trend exceptions in review.</source>
        <translation>製品・試験ごとのトレンド外ルールを一覧表示するか、1 つの試験について設定します（管理者）。ルール違反は照査時にトレンド外の例外になります。</translation>
    </message>
    <message>
        <source>westgard, nelson, all, a list of rule ids, or none to switch the check off.</source>
        <translation>westgard、nelson、all、ルール ID のリスト、またはチェックを無効にする none。</translation>
    </message>
    <message>
        <source>--rules needs --product and --test.</source>
        <translation>--rules には --product と --test が必要です。</translation>
    </message>
    <message>
        <source>Trend: batches made on or after; audit: events on or after this day, UTC (YYYY-MM-DD).</source>
        <translation>トレンド: この日以降に製造されたロット、監査: この日以降のイベント（UTC、YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Trend: batches made on or before; audit: events on or before this day, UTC (YYYY-MM-DD).</source>
        <translation>トレンド: この日以前に製造されたロット、監査: この日以前のイベント（UTC、YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Write a release document as a PDF/A file: coa (Certificate of Analysis), release (batch release certificate), review (batch review report), audit (audit-trail report of a batch, or of the store by days, user and action) or trend (the trend options as for &quot;trend&quot;). The document is recorded in the store&apos;s register; verify-document checks it later.</source>
        <translation>出荷判定関連文書を PDF/A ファイルとして出力します: coa（試験成績書）、release（出荷判定書）、review（照査報告書）、audit（ロットの監査証跡報告書、またはデータストア全体の日付・ユーザー・操作別の監査証跡報告書）、trend（トレンドのオプションは「trend」と同じ）。文書はデータストアの文書台帳に記録され、後で verify-document で検証できます。</translation>
    </message>
    <message>
        <source>The batch.</source>
        <translation>ロット。</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4（既定値）または letter。</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Audit report: only the events of this user.</source>
        <translation>監査証跡報告書: このユーザーのイベントのみ。</translation>
    </message>
    <message>
        <source>Audit report: only this action (e.g. batch.signed).</source>
        <translation>監査証跡報告書: この操作のみ（例: batch.signed）。</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>KIND is one of %1, not &quot;%2&quot;.</source>
        <translation>KIND には %1 のいずれかを指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper には a4 または letter を指定してください。</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o FILE.pdf は必須です。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 version %3: %n page(s)%4, hash %5, in %6 ms.</source>
        <translation>
            <numerusform>%1 %2 第%3版: %n ページ%4、ハッシュ %5、%6 ms。</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (草案)</translation>
    </message>
    <message>
        <source>Check a PDF issued by ReleaseDesk: that the file is the one issued, that the record and its signatures still give the same document, and that the audit trail verifies. Exit status 0 when all hold, 1 when not.</source>
        <translation>ReleaseDesk が発行した PDF を検証します: ファイルが発行されたものと同一であること、記録とその署名から現在も同じ文書が得られること、監査証跡の検証に合格することを確認します。すべて満たす場合は終了ステータス 0、満たさない場合は 1 を返します。</translation>
    </message>
    <message>
        <source>The store it was issued from.</source>
        <translation>文書の発行元のデータストア。</translation>
    </message>
    <message>
        <source>store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>--store STORE is required.</source>
        <translation>--store STORE は必須です。</translation>
    </message>
    <message>
        <source>List the manufacturing sites with their authorisation and address, or register one (administrators): release certificates print them.</source>
        <translation>製造所を製造業許可と所在地とともに一覧表示するか、製造所を登録します（管理者）。これらは出荷判定書に記載されます。</translation>
    </message>
    <message>
        <source>Register or change this site.</source>
        <translation>この製造所を登録または変更します。</translation>
    </message>
    <message>
        <source>Its manufacturing authorisation reference.</source>
        <translation>製造業許可番号。</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>許可番号</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>所在地。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Site %1 registered.</source>
        <translation>製造所 %1 を登録しました。</translation>
    </message>
    <message>
        <source>The language the document is printed in: en, nl, de or ja (default: the language of the command line).</source>
        <translation>文書を印刷する言語: en、nl、de または ja（既定値: コマンドラインの表示言語）。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output; it is replaced atomically, readable by you only (mode 0600).</source>
        <translation>標準出力の代わりにこのファイルに書き込みます（アトミックに置換）。あなただけが読み取れます（モード 0600）。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output, readable by you only (mode 0600).</source>
        <translation>標準出力の代わりにこのファイルに書き込みます。あなただけが読み取れます（モード 0600）。</translation>
    </message>
    <message>
        <source>Also draw the chart to this PNG file, readable by you only (mode 0600).</source>
        <translation>管理図をこの PNG ファイルにも描画します。あなただけが読み取れます（モード 0600）。</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically, readable by you only: mode 0600).</source>
        <translation>書き込む PDF ファイル（アトミックに置換。あなただけが読み取れます: モード 0600）。</translation>
    </message>
    <message>
        <source>Store root fingerprint (printed on every document; keep it with the recovery code and compare it with releasedesk verify --fingerprint):</source>
        <translation>データストアのルート鍵のフィンガープリント（すべての文書に印刷されます。リカバリーコードと一緒に保管し、releasedesk verify --fingerprint で照合してください）:</translation>
    </message>
    <message>
        <source>Refuse the store unless its root has this fingerprint (as printed at init and on every document).</source>
        <translation>ルート鍵のフィンガープリントがこの値でない場合は、データストアを拒否します（init 時およびすべての文書に印刷される値）。</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>ok: %1 events; signed checkpoints verified: %2; electronic signatures verified: %3; records checked against the audit trail: %4; key certificates verified: %5</source>
        <translation>ok: イベント %1 件、検証済みの署名済みチェックポイント %2 件、検証済みの電子署名 %3 件、監査証跡と照合した記録 %4 件、検証済みの鍵証明書 %5 件</translation>
    </message>
    <message>
        <source>store root fingerprint: %1</source>
        <translation>データストアのルート鍵のフィンガープリント: %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>失われた内容: %1</translation>
    </message>
    <message>
        <source>on hold for a new decision: batch %1</source>
        <translation>新たな判定のため保留: ロット %1</translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new master key and give it to every active account (administrators only). Needs the store closed everywhere else; a copy of an old key slot then opens nothing. Recorded in the audit trail.</source>
        <translation>records.db を新しいマスター鍵で再暗号化し、その鍵を有効なすべてのアカウントに渡します（管理者のみ）。他のすべての場所でデータストアが閉じられている必要があります。以後、古いキースロットのコピーでは何も開けません。監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>re-key the store</source>
        <translation>データストアの鍵更新</translation>
    </message>
    <message>
        <source>on request of %1</source>
        <translation>%1 の要求による</translation>
    </message>
    <message>
        <source>Re-keyed %1: records.db is under key generation %2.</source>
        <translation>%1 の鍵を更新しました: records.db は鍵世代 %2 で暗号化されています。</translation>
    </message>
    <message>
        <source>Upgrade a store made by an earlier ReleaseDesk, before key certificates, with the recovery code: it is verified as it is, then a store root is made, every signing key certified by it, every record bound into the audit trail and the store re-keyed. Prints the new root&apos;s fingerprint.</source>
        <translation>鍵証明書の導入前に以前のバージョンの ReleaseDesk で作成されたデータストアを、リカバリーコードを使用してアップグレードします: まず現状のまま検証し、次にルート鍵を作成して、すべての署名鍵をそのルート鍵で証明し、すべての記録を監査証跡に紐付け、データストアの鍵を更新します。新しいルート鍵のフィンガープリントを出力します。</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>リカバリーコード</translation>
    </message>
    <message>
        <source>Upgraded %1.</source>
        <translation>%1 をアップグレードしました。</translation>
    </message>
    <message>
        <source>certified by the new root: %1</source>
        <translation>新しいルート鍵で証明: %1</translation>
    </message>
    <message>
        <source>these accounts need a password reset (their key is not in force): %1</source>
        <translation>次のアカウントはパスワードのリセットが必要です（鍵が有効ではありません）: %1</translation>
    </message>
    <message>
        <source>State: %1 — NOT BORNE OUT: %2</source>
        <translation>状態: %1 — 裏付けなし: %2</translation>
    </message>
    <message>
        <source>   NOT VALID: %1</source>
        <translation>   無効: %1</translation>
    </message>
    <message>
        <source>   signed with %1</source>
        <translation>   署名に使用した鍵: %1</translation>
    </message>
    <message>
        <source>The disclosure is recorded in the audit trail. In the sqlcipher shell of SQLCipher 3 or 4 give these three lines first, in this order.</source>
        <translation>この開示は監査証跡に記録されています。SQLCipher 3 または 4 の sqlcipher シェルでは、最初にこの 3 行をこの順序で入力してください。</translation>
    </message>
    <message>
        <source>Change a decided batch under this change control, &quot;REFERENCE: reason&quot;; the batch goes on hold for a new review and decision.</source>
        <translation>判定済みのロットをこの変更管理（「参照番号: 理由」）のもとで変更します。ロットは新たな照査と判定のため保留になります。</translation>
    </message>
    <message>
        <source>Assign to a decided batch under this change control, &quot;REFERENCE: reason&quot;; the batch goes on hold for a new review and decision.</source>
        <translation>判定済みのロットにこの変更管理（「参照番号: 理由」）のもとで割り当てます。ロットは新たな照査と判定のため保留になります。</translation>
    </message>
    <message>
        <source>*** %1 ***</source>
        <translation>*** %1 ***</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>The first administrator&apos;s employee number or other identifier unique to them.</source>
        <translation>最初の管理者の社員番号、またはその人物に固有の別の識別子。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>個人識別子</translation>
    </message>
    <message>
        <source>, hand-over to confirm</source>
        <translation>、引き渡しの確認待ち</translation>
    </message>
    <message>
        <source>The person&apos;s employee number or other identifier unique to them.</source>
        <translation>その人物の社員番号、またはその人物に固有の別の識別子。</translation>
    </message>
    <message>
        <source>The account is for a person who already has one (the same identifier or name): link it to them.</source>
        <translation>既にアカウントを持つ人物（同じ識別子または氏名）のアカウントとして、その人物に関連付けます。</translation>
    </message>
    <message>
        <source>--full-name, --role and --person-id are required.</source>
        <translation>--full-name、--role、--person-id は必須です。</translation>
    </message>
    <message>
        <source>Added %1 (%2, person %3, %4); the password must be changed at the first login.</source>
        <translation>%1（%2、個人識別子 %3、%4）を追加しました。初回ログイン時にパスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login, and its key signs once another administrator confirms the hand-over (users confirm-handover).</source>
        <translation>%1 のパスワードをリセットしました。次回ログイン時に変更が必要です。また、このアカウントの鍵は、別の管理者が引き渡しを確認した後に署名できるようになります（users confirm-handover）。</translation>
    </message>
    <message>
        <source>Confirm that the person of an account whose password another administrator reset received it, so that its key may sign (administrators only).</source>
        <translation>別の管理者がパスワードをリセットしたアカウントについて、本人がアカウントを受け取ったことを確認し、その鍵で署名できるようにします（管理者のみ）。</translation>
    </message>
    <message>
        <source>Confirmed the hand-over to %1; its key may sign.</source>
        <translation>%1 への引き渡しを確認しました。このアカウントの鍵で署名できるようになりました。</translation>
    </message>
    <message>
        <source>QC approval of an out-of-specification result: the reference of its OOS investigation.</source>
        <translation>規格外の結果の QC承認: その結果に関する OOS調査の参照番号。</translation>
    </message>
    <message>
        <source>Usage: %1 specs list|show|approve STORE [--product P] [--version V]
  list [--product P]             every version and its standing
  show --product P --version V   its tests and what changed from the version before
  approve --product P --version V
                                 approve it with your signature (QA reviewers)</source>
        <translation>使用法: %1 specs list|show|approve STORE [--product P] [--version V]
  list [--product P]             すべての版とその承認状況
  show --product P --version V   試験項目と前の版からの変更点
  approve --product P --version V
                                 署名して承認（QA照査者）</translation>
    </message>
    <message>
        <source>say what to do: list, show or approve.</source>
        <translation>実行する操作を指定してください: list、show または approve。</translation>
    </message>
    <message>
        <source>List every specification version with who imported it and its approval.</source>
        <translation>すべての規格の版を、取り込んだ人と承認の状況とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Approve a specification version with your electronic signature (QA reviewers other than its importer); it takes effect on its stated date or today, whichever is later.</source>
        <translation>電子署名により規格の版を承認します（その版を取り込んだ本人以外の QA照査者）。記載された日付と本日のうち遅いほうの日から適用されます。</translation>
    </message>
    <message>
        <source>Show a specification version&apos;s tests and what changed from the version before.</source>
        <translation>規格の版の試験項目と、前の版からの変更点を表示します。</translation>
    </message>
    <message>
        <source>The specification version.</source>
        <translation>規格の版。</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>--product and --version are required.</source>
        <translation>--product と --version は必須です。</translation>
    </message>
    <message>
        <source>Approving specification %1 version %2: by signing you approve it as the specification batches of %1 are judged against.</source>
        <translation>規格 %1 第%2版の承認: 署名することにより、この版を %1 のロットの判定に用いる規格として承認します。</translation>
    </message>
    <message>
        <source>Specification %1 version %2: %3.</source>
        <translation>規格 %1 第%2版: %3。</translation>
    </message>
    <message>
        <source>The store has no specifications.</source>
        <translation>データストアに規格がありません。</translation>
    </message>
    <message>
        <source>There is no specification of product %1.</source>
        <translation>製品 %1 の規格がありません。</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版</translation>
    </message>
    <message>
        <source>STATED</source>
        <translation>記載の適用開始日</translation>
    </message>
    <message>
        <source>IMPORTED BY</source>
        <translation>取り込み者</translation>
    </message>
    <message>
        <source>STANDING</source>
        <translation>承認状況</translation>
    </message>
    <message>
        <source>Product %1 has no specification version %2.</source>
        <translation>製品 %1 には規格の第%2版がありません。</translation>
    </message>
    <message>
        <source>Specification %1 version %2 (%3), stated effective %4, imported by %5</source>
        <translation>規格 %1 第%2版（%3）、記載の適用開始日 %4、取り込み者 %5</translation>
    </message>
    <message>
        <source>Standing: %1</source>
        <translation>承認状況: %1</translation>
    </message>
    <message>
        <source>, not critical</source>
        <translation>、出荷判定に必須ではない</translation>
    </message>
    <message>
        <source>, may be pending</source>
        <translation>、未確定でも可</translation>
    </message>
    <message>
        <source>Changed from version %1:</source>
        <translation>第%1版からの変更点:</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>%1 の最初の版です。</translation>
    </message>
    <message>
        <source>  nothing but the version and dates</source>
        <translation>  版と日付のみ</translation>
    </message>
    <message>
        <source>say what to do after the store: exceptions, disposition, sign, status or rejudge.</source>
        <translation>データストアの後に実行する操作を指定してください: exceptions、disposition、sign、status または rejudge。</translation>
    </message>
    <message>
        <source>Judge a batch against another approved version of its specification (QA reviewers); it goes back through QC approval and review.</source>
        <translation>ロットを、その規格の承認済みの別の版に照らして判定します（QA照査者）。ロットは再度 QC承認と照査を経ます。</translation>
    </message>
    <message>
        <source>The approved specification version.</source>
        <translation>承認済みの規格の版。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>理由。</translation>
    </message>
    <message>
        <source>A decided batch: &quot;REFERENCE: reason&quot;.</source>
        <translation>判定済みのロットの場合: 「参照番号: 理由」。</translation>
    </message>
    <message>
        <source>--version and --reason are required.</source>
        <translation>--version と --reason は必須です。</translation>
    </message>
    <message>
        <source>Batch %1 is judged against specification version %2%3; it is now &quot;%4&quot;.</source>
        <translation>ロット %1 は規格の第%2版%3に照らして判定されます。現在の状態は「%4」です。</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation>（以前は第%1版）</translation>
    </message>
    <message>
        <source>   disposition: %1 — %2%3 (%4, %5)</source>
        <translation>   処置: %1 — %2%3（%4、%5）</translation>
    </message>
    <message>
        <source>Usage: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...
  exceptions --batch N                    list what needs judgement
  disposition --batch N --exception K --comment TEXT [--deviation REF]
       [--outcome no-impact|with-reference|not-acceptable]
  sign --batch N --meaning MEANING [--comment TEXT]
       [--physician-request REF --risk-evaluation TEXT] [--investigation REF]
  status --batch N                        state, exceptions and signatures
  rejudge --batch N --version V --reason TEXT [--change-control TEXT]
                                          judge against another approved
                                          specification version
MEANING is one of: %2.</source>
        <translation>使用法: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...
  exceptions --batch N                    判断が必要な事項を一覧表示
  disposition --batch N --exception K --comment TEXT [--deviation REF]
       [--outcome no-impact|with-reference|not-acceptable]
  sign --batch N --meaning MEANING [--comment TEXT]
       [--physician-request REF --risk-evaluation TEXT] [--investigation REF]
  status --batch N                        状態、例外、署名を表示
  rejudge --batch N --version V --reason TEXT [--change-control TEXT]
                                          承認済みの別の版の規格に照らして判定
MEANING は次のいずれか: %2。</translation>
    </message>
    <message>
        <source>The outcome: %1 (default: with-reference when --deviation is given, else no-impact).</source>
        <translation>処置の結果: %1（既定値: --deviation を指定した場合は with-reference、それ以外は no-impact）。</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>--outcome is one of: %1.</source>
        <translation>--outcome には次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>Disposition recorded for %1: %2.</source>
        <translation>%1 の処置を記録しました: %2。</translation>
    </message>
    <message>
        <source>--admin, --full-name and --person-id are required.</source>
        <translation>--admin、--full-name、--person-id は必須です。</translation>
    </message>
    <message>
        <source>State the person of an account made before person identifiers, once (administrators only).</source>
        <translation>個人識別子の導入前に作成されたアカウントの人物を一度だけ指定します（管理者のみ）。</translation>
    </message>
    <message>
        <source>The account is of a person who already has another (the same identifier): link it to them.</source>
        <translation>既に別のアカウントを持つ人物（同じ識別子）のアカウントとして、その人物に関連付けます。</translation>
    </message>
    <message>
        <source>--person-id is required.</source>
        <translation>--person-id は必須です。</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to the person %3.</source>
        <translation>%1（%2）は個人識別子 %3 の人物のアカウントです。</translation>
    </message>
    <message>
        <source>Usage: %1 users list|add|disable|reset-password|confirm-handover|state-person STORE ...</source>
        <translation>使用法: %1 users list|add|disable|reset-password|confirm-handover|state-person STORE ...</translation>
    </message>
    <message>
        <source>say what to do: list, add, disable, reset-password, confirm-handover or state-person.</source>
        <translation>実行する操作を指定してください: list、add、disable、reset-password、confirm-handover または state-person。</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, add, disable, reset-password, confirm-handover or state-person.</source>
        <translation>不明な操作「%1」です。list、add、disable、reset-password、confirm-handover または state-person を指定してください。</translation>
    </message>
    <message>
        <source>Usage: %1 [VERB] ...

Without a verb, opens the window (options: --store FOLDER, --user NAME).

Verbs:
  init STORE --admin NAME --full-name NAME --person-id ID
                                             create a new store
  demo STORE [--batches N] [--seed S]        create a demo store
  import STORE FILE... [--supersede --reason TEXT] [--change-control TEXT]
                                             import records and results
  export STORE specifications|batches|results|unassigned [--format csv|json]
         [--batch NUMBER] [--out FILE]       write records as imported
  inbox list|assign|reject STORE ...         unassigned results
  review STORE exceptions|disposition|sign|status --batch NUMBER ...
                                             review and release a batch
  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]
        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]
                                             a control chart&apos;s numbers
  oot-rules STORE [--product P --test T --rules LIST|none]
                                             out-of-trend rules for review
  report STORE coa|release|review|audit|trend [--batch NUMBER]
         [--paper a4|letter] [--language en|nl|de|ja] -o FILE.pdf
                                             a release document as PDF/A
  verify-document FILE.pdf --store STORE     check an issued document
  sites STORE [--set NAME --authorisation REF --address TEXT]
                                             manufacturing sites
  specs list|show|approve STORE [--product P --version V]
                                             specification versions, approval
  users list|add|disable|reset-password|confirm-handover|state-person STORE ...
                                             manage accounts
  passwd STORE                               change your password
  verify STORE [--fingerprint FP]            verify the trail, records, keys
  rekey STORE                                new master key for the store
  recover STORE --admin NAME|--show-raw-key|--accept-rollback
                                             use the recovery code
  upgrade STORE                              upgrade a store of an earlier
                                             version (recovery code)

Passwords are asked on the terminal, or read from standard input with
--password-stdin; never from arguments. &quot;%1 VERB --help&quot; says more.
Exit codes: 0 done, 1 refused or failed, 2 usage.</source>
        <translation>使用法: %1 [VERB] ...

コマンドを指定しない場合はウィンドウを開きます（オプション: --store FOLDER、--user NAME）。

コマンド:
  init STORE --admin NAME --full-name NAME --person-id ID
                                             新しいデータストアを作成
  demo STORE [--batches N] [--seed S]        デモ用データストアを作成
  import STORE FILE... [--supersede --reason TEXT] [--change-control TEXT]
                                             記録と結果を取り込み
  export STORE specifications|batches|results|unassigned [--format csv|json]
         [--batch NUMBER] [--out FILE]       記録を取り込み時のまま出力
  inbox list|assign|reject STORE ...         未割り当ての結果
  review STORE exceptions|disposition|sign|status --batch NUMBER ...
                                             ロットの照査と出荷判定
  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]
        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]
                                             管理図の数値
  oot-rules STORE [--product P --test T --rules LIST|none]
                                             照査用のトレンド外ルール
  report STORE coa|release|review|audit|trend [--batch NUMBER]
         [--paper a4|letter] [--language en|nl|de|ja] -o FILE.pdf
                                             出荷判定関連文書を PDF/A で出力
  verify-document FILE.pdf --store STORE     発行済み文書を検証
  sites STORE [--set NAME --authorisation REF --address TEXT]
                                             製造所
  specs list|show|approve STORE [--product P --version V]
                                             規格の版と承認
  users list|add|disable|reset-password|confirm-handover|state-person STORE ...
                                             アカウントを管理
  passwd STORE                               自分のパスワードを変更
  verify STORE [--fingerprint FP]            監査証跡、記録、鍵を検証
  rekey STORE                                データストアの新しいマスター鍵
  recover STORE --admin NAME|--show-raw-key|--accept-rollback
                                             リカバリーコードを使用
  upgrade STORE                              以前のバージョンのデータストアを
                                             アップグレード（リカバリーコード）

パスワードはターミナルで入力を求めるか、
--password-stdin により標準入力から読み取ります。引数からは読み取りません。詳しくは「%1 VERB --help」を参照してください。
終了コード: 0 完了、1 拒否または失敗、2 使用法の誤り。</translation>
    </message>
</context>
<context>
    <name>rd::Csv</name>
    <message>
        <source>a quoted field is never closed (a missing &quot;)</source>
        <translation>引用符で囲まれたフィールドが閉じられていません（&quot; がありません）</translation>
    </message>
    <message>
        <source>characters follow a closing quote</source>
        <translation>閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>引用符で囲まれていないフィールド内に引用符があります</translation>
    </message>
</context>
<context>
    <name>rd::DecisionLog</name>
    <message>
        <source>The signature is recorded, but its copy could not be added to %1 (%2); verify will say so until it is.</source>
        <translation>署名は記録されましたが、そのコピーを %1 に追加できませんでした（%2）。追加されるまで、verify はこのことを報告します。</translation>
    </message>
    <message>
        <source>%1, line %2, is not a signature ReleaseDesk wrote.</source>
        <translation>%1 の %2 行目は、ReleaseDesk が書き込んだ署名ではありません。</translation>
    </message>
</context>
<context>
    <name>rd::DemoStore</name>
    <message>
        <source>The number of batches must be from 0 to %1.</source>
        <translation>ロット数は 0～%1 で指定してください。</translation>
    </message>
    <message>
        <source>batch records: %1 of %2</source>
        <translation>製造記録: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>results of %1 of %2 batches</source>
        <translation>試験結果: %2 ロット中 %1 ロット</translation>
    </message>
</context>
<context>
    <name>rd::DocumentDate</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>printed date: %1 day, %2 abbreviated month, %3 year</comment>
        <translation>%3年%2%1日</translation>
    </message>
</context>
<context>
    <name>rd::ESignatures</name>
    <message>
        <source>Cannot read the signatures</source>
        <translation>署名を読み取れません</translation>
    </message>
    <message>
        <source>%1 UTC (%2 %3, %4)</source>
        <translation>%1 UTC（%2 %3、%4）</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation>署名を記録できません</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>signature %1 (batch %2, &quot;%3&quot; by %4)</source>
        <translation>署名 %1（ロット %2、%4 による「%3」）</translation>
    </message>
    <message>
        <source>%1 does not verify: the signature or what it covers was altered.</source>
        <translation>%1 の検証に失敗しました。署名またはその対象が改変されています。</translation>
    </message>
    <message>
        <source>%1 names audit event %2 as the chain head, but that event does not match.</source>
        <translation>%1 は監査イベント %2 をチェーンの先頭としていますが、そのイベントと一致しません。</translation>
    </message>
    <message>
        <source>%1 is not the one the audit trail recorded.</source>
        <translation>%1 は監査証跡に記録されたものと一致しません。</translation>
    </message>
    <message>
        <source>Audit event %1 records signature %2 of batch %3, which is missing.</source>
        <translation>監査イベント %1 はロット %3 の署名 %2 を記録していますが、その署名がありません。</translation>
    </message>
    <message>
        <source>Cannot read the batch states</source>
        <translation>ロットの状態を読み取れません</translation>
    </message>
    <message>
        <source>Batch %1 is recorded as &quot;%2&quot;, which its signatures do not bear out.</source>
        <translation>ロット %1 は「%2」と記録されていますが、その署名と整合しません。</translation>
    </message>
    <message>
        <source>Batch %1 has signatures but no recorded state.</source>
        <translation>ロット %1 には署名がありますが、状態が記録されていません。</translation>
    </message>
    <message>
        <source>A signature lacks its field %1.</source>
        <translation>署名にフィールド %1 がありません。</translation>
    </message>
    <message>
        <source>A signature&apos;s id or time is not valid.</source>
        <translation>署名の ID または時刻が無効です。</translation>
    </message>
    <message>
        <source>%1 cannot be trusted: %2</source>
        <translation>%1 は信頼できません: %2</translation>
    </message>
    <message>
        <source>%1 names %2 as %3, but its key is certified for %4 as %5.</source>
        <translation>%1 は %2 を %3 としていますが、その鍵は %4 に %5 として証明されています。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>検証をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rd::ExceptionEngine</name>
    <message>
        <source>(no time)</source>
        <translation>（日時なし）</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation>規格外</translation>
    </message>
    <message>
        <source>Out of trend</source>
        <translation>トレンド外</translation>
    </message>
    <message>
        <source>Missing test</source>
        <translation>試験の欠落</translation>
    </message>
    <message>
        <source>Pending test</source>
        <translation>未確定の試験</translation>
    </message>
    <message>
        <source>Open deviation</source>
        <translation>未完了の逸脱</translation>
    </message>
    <message>
        <source>Closed deviation</source>
        <translation>完了した逸脱</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>COI</translation>
    </message>
    <message>
        <source>Custody timing</source>
        <translation>搬送・保管時間</translation>
    </message>
    <message>
        <source>Custody temperature</source>
        <translation>搬送・保管温度</translation>
    </message>
    <message>
        <source>Process parameter</source>
        <translation>工程パラメータ</translation>
    </message>
    <message>
        <source>Step verification</source>
        <translation>工程の確認</translation>
    </message>
    <message>
        <source>Expired material</source>
        <translation>期限切れの原材料</translation>
    </message>
    <message>
        <source>Equipment calibration</source>
        <translation>機器の校正</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>環境モニタリング</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Superseded data</source>
        <translation>改版されたデータ</translation>
    </message>
    <message>
        <source>Invalidated result</source>
        <translation>無効化された結果</translation>
    </message>
    <message>
        <source>Failed after conditional release</source>
        <translation>条件付き出荷判定後の不適合</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>署名後の変更</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1～%2%3</translation>
    </message>
    <message>
        <source>≥ %1%2</source>
        <translation>≥ %1%2</translation>
    </message>
    <message>
        <source>≤ %1%2</source>
        <translation>≤ %1%2</translation>
    </message>
    <message>
        <source>(reported)</source>
        <translation>（報告のみ）</translation>
    </message>
    <message>
        <source>No specification of %1 was in force on %2: no result can be judged.</source>
        <translation>%2 時点で有効な %1 の規格がありません。いずれの結果も判定できません。</translation>
    </message>
    <message>
        <source>%1 failed after the batch was conditionally released: %2 (specification %3). Inform the treating physician and decide on the batch.</source>
        <translation>条件付き出荷判定後に %1 が不適合となりました: %2（規格 %3）。主治医に連絡し、ロットの判定を行ってください。</translation>
    </message>
    <message>
        <source>%1 is out of specification: %2 on sample %3 (specification %4, version %5).</source>
        <translation>%1 が規格外です: 試料 %3 で %2（規格 %4、第%5版）。</translation>
    </message>
    <message>
        <source>%1 is still pending; the specification allows release before it is complete (conditional release).</source>
        <translation>%1 はまだ未確定です。規格上、完了前の出荷判定（条件付き出荷判定）が認められています。</translation>
    </message>
    <message>
        <source>%1 has no result yet; the specification allows release before it is complete (conditional release).</source>
        <translation>%1 にはまだ結果がありません。規格上、完了前の出荷判定（条件付き出荷判定）が認められています。</translation>
    </message>
    <message>
        <source>%1 is still pending, and the specification requires its result before release.</source>
        <translation>%1 はまだ未確定ですが、規格上、出荷判定前にその結果が必要です。</translation>
    </message>
    <message>
        <source>%1 has no result, and the specification requires one before release.</source>
        <translation>%1 には結果がありませんが、規格上、出荷判定前に結果が必要です。</translation>
    </message>
    <message>
        <source>%1 on sample %2 (%3) is out of trend: %4.</source>
        <translation>試料 %2（%3）の %1 がトレンド外です: %4。</translation>
    </message>
    <message>
        <source>%1 on sample %2 was invalidated: %3</source>
        <translation>試料 %2 の %1 は無効化されました: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（理由の記載なし）</translation>
    </message>
    <message>
        <source>%1 on sample %2 is version %3: an earlier value was superseded.</source>
        <translation>試料 %2 の %1 は第%3版です（以前の値から改版されています）。</translation>
    </message>
    <message>
        <source>The batch record is version %1: earlier versions were superseded.</source>
        <translation>製造記録は第%1版です（以前の版から改版されています）。</translation>
    </message>
    <message>
        <source>Critical deviation %1 is still open: %2. No release is possible until it is closed.</source>
        <translation>重大な逸脱 %1 が未完了です: %2。完了するまで出荷判定はできません。</translation>
    </message>
    <message>
        <source>Deviation %1 (%2) is still open: %3.</source>
        <translation>逸脱 %1（%2）が未完了です: %3。</translation>
    </message>
    <message>
        <source>Deviation %1 (%2) was closed: %3. Impact: %4</source>
        <translation>逸脱 %1（%2）は完了しました: %3。影響: %4</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>The chain-of-identity number &quot;%1&quot; is not a valid ISBT 128 donation identification number with its check character.</source>
        <translation>COI番号「%1」は、チェックキャラクターを含む有効な ISBT 128 献血識別番号（DIN）ではありません。</translation>
    </message>
    <message>
        <source>The chain-of-identity number %1 does not match its check character (%2 expected): the identity of the starting material is in doubt.</source>
        <translation>COI番号 %1 がチェックキャラクターと一致しません（正しくは %2）。出発原料の同一性に疑義があります。</translation>
    </message>
    <message>
        <source>The custody record says the material was collected at %1, the chain of identity says %2.</source>
        <translation>カストディ記録では採取場所が %1 ですが、COI では %2 です。</translation>
    </message>
    <message>
        <source>Custody event &quot;%1&quot; (%2) is recorded before the event before it (&quot;%3&quot;, %4).</source>
        <translation>カストディイベント「%1」（%2）が、その前のイベント（「%3」、%4）より前の日時で記録されています。</translation>
    </message>
    <message>
        <source>Temperature excursion at &quot;%1&quot; (%2, %3): %4 °C, outside %5 to %6 °C.</source>
        <translation>「%1」（%2、%3）で温度逸脱: %4 °C（許容範囲 %5～%6 °C 外）。</translation>
    </message>
    <message>
        <source>Processing started %1 hours after collection; the limit is %2 hours.</source>
        <translation>製造工程の開始は採取から %1 時間後でした。上限は %2 時間です。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 was %4 %5, outside its range %6 %5.</source>
        <translation>工程 %1（%2）: %3 が %4 %5 であり、範囲 %6 %5 を外れています。</translation>
    </message>
    <message>
        <source>Step %1 (%2) was not verified by a second person.</source>
        <translation>工程 %1（%2）は別の担当者による確認を受けていません。</translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed and verified by the same person (%3).</source>
        <translation>工程 %1（%2）は同一人物（%3）が実施および確認しています。</translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data.</source>
        <translation>工程 %1（%2）に手入力データがあります。</translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data: %3</source>
        <translation>工程 %1（%2）に手入力データがあります: %3</translation>
    </message>
    <message>
        <source>Material %1 (%2), lot %3, expired on %4 and was used on %5.</source>
        <translation>原材料 %1（%2）、ロット %3 は %4 に有効期限が切れていましたが、%5 に使用されました。</translation>
    </message>
    <message>
        <source>Equipment %1 (%2) was past its calibration date (%3) when used on %4.</source>
        <translation>機器 %1（%2）は %4 の使用時に校正期限（%3）を過ぎていました。</translation>
    </message>
    <message>
        <source>particles ≥0.5 µm/m³</source>
        <translation>粒子数 ≥0.5 µm/m³</translation>
    </message>
    <message>
        <source>particles ≥5 µm/m³</source>
        <translation>粒子数 ≥5 µm/m³</translation>
    </message>
    <message>
        <source>CFU</source>
        <translation>CFU</translation>
    </message>
    <message>
        <source>EM action limit reached in %1 (grade %2, %3) at %4: %5 %6, action limit %7.</source>
        <translation>%1（グレード %2、%3）で %4 に EM のアクションレベルに到達しました: %6 が %5（アクションレベル %7）。</translation>
    </message>
    <message>
        <source>EM alert limit reached in %1 (grade %2, %3) at %4: %5 %6, alert limit %7.</source>
        <translation>%1（グレード %2、%3）で %4 に EM のアラートレベルに到達しました: %6 が %5（アラートレベル %7）。</translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3; that signature no longer covers the current content.</source>
        <translation>「%1」が %3 に %2 によって署名された後に記録が変更されました。その署名は現在の内容を対象としていません。</translation>
    </message>
    <message>
        <source>The out-of-trend check could not run for %1</source>
        <translation>%1 のトレンド外チェックを実行できませんでした</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>時系列</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1、残り %2</translation>
    </message>
    <message>
        <source>%1, EXPIRED %2 ago</source>
        <translation>%1、%2 前に有効期限切れ</translation>
    </message>
    <message>
        <source>The batch expired on %1: an expired product is not released.</source>
        <translation>ロットの有効期限は %1 に切れています。有効期限切れの製品は出荷判定されません。</translation>
    </message>
    <message>
        <source>The batch expires on %1, before its planned shipment on %2: it would reach the patient expired.</source>
        <translation>ロットの有効期限は %1 で、出荷予定の %2 より前です。患者に届く時点で有効期限が切れています。</translation>
    </message>
    <message>
        <source>The product was shipped to the treatment centre on %1, before it was released.</source>
        <translation>製品は出荷判定前の %1 に治療施設へ出荷されています。</translation>
    </message>
    <message>
        <source>Step %1 (%2) ran from %3 to %4, outside the batch&apos;s manufacture (%5 to %6).</source>
        <translation>工程 %1（%2）は %3～%4 に実施されており、ロットの製造期間（%5～%6）外です。</translation>
    </message>
    <message>
        <source>QC sample %1 was drawn on %2, outside the batch&apos;s manufacture (%3 to %4).</source>
        <translation>QC試料 %1 は %2 に採取されており、ロットの製造期間（%3～%4）外です。</translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3, and the decision rests on it: its documents print as drafts until the batch is reviewed and decided again.</source>
        <translation>「%1」が %3 に %2 によって署名された後に記録が変更されており、判定はその署名に基づいています。ロットが再度照査され判定されるまで、その文書は草案として印刷されます。</translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed by %3 and verified by &quot;%4&quot;, a look-alike of the same name (it holds %5): one person.</source>
        <translation>工程 %1（%2）は %3 が実施し、同じ氏名の紛らわしい類似表記（%5 を含む）である「%4」が確認しています: 同一人物です。</translation>
    </message>
    <message>
        <source>The identifier read at &quot;%1&quot; (%2) is %3, not the chain of identity %4: the material may be another patient&apos;s.</source>
        <translation>「%1」（%2）で読み取った識別子は %3 で、COI %4 ではありません。別の患者の材料である可能性があります。</translation>
    </message>
    <message>
        <source>The label of QC sample %1 reads %2, not the chain of identity %3: its results may be another patient&apos;s.</source>
        <translation>QC試料 %1 のラベルは %2 で、COI %3 ではありません。その試験結果は別の患者のものである可能性があります。</translation>
    </message>
    <message>
        <source>Unknown analyst</source>
        <translation>不明な試験担当者</translation>
    </message>
    <message>
        <source>The analyst of %1 is given as &quot;%2&quot;, who is no person with an account in this store: who performed the test is not established.</source>
        <translation>%1 の試験担当者は「%2」とされていますが、このデータストアにアカウントを持つ人物ではありません。試験を実施した人物は特定されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>the label of QC sample %1</source>
        <translation>QC試料 %1 のラベル</translation>
    </message>
    <message numerus="yes">
        <source>No identifier was read at %n point(s) of the chain: %1. Nothing shows that the material there was the patient&apos;s (%2).</source>
        <translation>
            <numerusform>チェーン上の %n 箇所で識別子が読み取られていません: %1。これらの箇所の材料がこの患者（%2）のものであることを示すものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The analyst of %1 is not given: who performed the test is not established.</source>
        <translation>%1 の試験担当者が記載されていません。試験を実施した人物は特定されていません。</translation>
    </message>
    <message>
        <source>It may stand for %1, who then cannot approve these results.</source>
        <translation>%1 を指している可能性があります。その場合、その人物はこれらの結果を承認できません。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
</context>
<context>
    <name>rd::Exporter</name>
    <message>
        <source>%1 are exported as JSON only: their nested parts do not fit CSV rows.</source>
        <translation>%1 は JSON でのみエクスポートされます: 入れ子の構造を CSV の行に収められないためです。</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>ロット %1 はありません。</translation>
    </message>
    <message>
        <source>%1 items, SHA-256 %2</source>
        <translation>%1 件、SHA-256 %2</translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation>エクスポートを記録できません</translation>
    </message>
</context>
<context>
    <name>rd::Fields</name>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>%1 文字あります。最大 %2 文字までです</translation>
    </message>
    <message>
        <source>is not a number (&quot;%1&quot;)</source>
        <translation>数値ではありません（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>is out of range (&quot;%1&quot;)</source>
        <translation>範囲外です（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>is not a date and time with its zone, like 2026-03-14T09:30:00Z or 2026-03-14T10:30:00+01:00 (&quot;%1&quot;)</source>
        <translation>タイムゾーン付きの日時（例: 2026-03-14T09:30:00Z、2026-03-14T10:30:00+01:00）ではありません（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-14 (&quot;%1&quot;)</source>
        <translation>2026-03-14 の形式の日付ではありません（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation>テキストではありません（%1）</translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation>数値ではありません（%1）</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>範囲外です</translation>
    </message>
    <message>
        <source>is not true or false (%1)</source>
        <translation>true または false ではありません（%1）</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2 (%3)</source>
        <translation>%1～%2 の整数ではありません（%3）</translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation>リストではありません（%1）</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>項目が %1 個あります。最大 %2 個までです</translation>
    </message>
    <message>
        <source>is not an object (%1)</source>
        <translation>オブジェクトではありません（%1）</translation>
    </message>
    <message>
        <source>is not a field of this format (misspelt?)</source>
        <translation>この形式のフィールドではありません（スペルミスの可能性があります）</translation>
    </message>
    <message>
        <source>is in the year %1; a time between %2 and %3 is expected (&quot;%4&quot;)</source>
        <translation>年が %1 です。%2～%3 年の日時である必要があります（&quot;%4&quot;）</translation>
    </message>
    <message>
        <source>names a day no calendar has (&quot;%1&quot;)</source>
        <translation>存在しない日付です（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>gives the hour %1; hours run from 00 to 23 (the end of a day is 00:00 of the next) (&quot;%2&quot;)</source>
        <translation>時が %1 です。時は 00～23 で指定します（1 日の終わりは翌日の 00:00 です）（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>gives the time to %1 decimals of a second; it is kept to the millisecond, and a finer time would be cut (&quot;%2&quot;)</source>
        <translation>秒が小数点以下 %1 桁まで指定されています。時刻はミリ秒単位で保持されるため、それより細かい部分は切り捨てられることになります（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>names a time no clock shows (&quot;%1&quot;)</source>
        <translation>存在しない時刻です（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>has the offset %1%2:%3, which no time zone has (they run from -12:00 to +14:00) (&quot;%4&quot;)</source>
        <translation>オフセット %1%2:%3 を持つタイムゾーンは存在しません（タイムゾーンのオフセットは -12:00～+14:00 です）（&quot;%4&quot;）</translation>
    </message>
    <message>
        <source>is in the year %1; a date between %2 and %3 is expected (&quot;%4&quot;)</source>
        <translation>年が %1 です。%2～%3 年の日付である必要があります（&quot;%4&quot;）</translation>
    </message>
    <message>
        <source>gives the time to %1 decimals of a second; it is kept to the nanosecond (nine decimals), and a finer time would be cut (&quot;%2&quot;)</source>
        <translation>秒が小数点以下 %1 桁まで指定されています。時刻はナノ秒単位 (小数点以下 9 桁) まで保持されるため、それより細かい部分は切り捨てられることになります（&quot;%2&quot;）</translation>
    </message>
</context>
<context>
    <name>rd::Formats</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation>「%1」は有効な %2 ではありません</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>製品コード</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>test code</source>
        <translation>試験コード</translation>
    </message>
    <message>
        <source>a test has either limits or an expected result, not both</source>
        <translation>試験には限度値または期待結果のいずれかを指定します。両方は指定できません</translation>
    </message>
    <message>
        <source>a test needs limits (lower, upper) or an expected result</source>
        <translation>試験には限度値（lower、upper）または期待結果が必要です</translation>
    </message>
    <message>
        <source>is above the upper limit (%1 &gt; %2)</source>
        <translation>上限値を超えています（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>「%1」が重複しています</translation>
    </message>
    <message>
        <source>is above high (%1 &gt; %2)</source>
        <translation>high を超えています（%1 &gt; %2）</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>ロット番号</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be fresh or cryopreserved</source>
        <translation>「%1」です。fresh または cryopreserved である必要があります</translation>
    </message>
    <message>
        <source>is before startedAt</source>
        <translation>startedAt より前です</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 が重複しています</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be minor, major or critical</source>
        <translation>「%1」です。minor、major、critical のいずれかである必要があります</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be open or closed</source>
        <translation>「%1」です。open または closed である必要があります</translation>
    </message>
    <message>
        <source>is missing for a closed deviation</source>
        <translation>ありません（完了した逸脱では必須です）</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be A, B, C or D</source>
        <translation>「%1」です。A、B、C、D のいずれかである必要があります</translation>
    </message>
    <message>
        <source>sample identifier</source>
        <translation>試料ID</translation>
    </message>
    <message>
        <source>a pending result has no value yet</source>
        <translation>未確定の結果には値を指定できません</translation>
    </message>
    <message>
        <source>a result has a number or a text, not both</source>
        <translation>結果は数値またはテキストのいずれかです。両方は指定できません</translation>
    </message>
    <message>
        <source>is missing (a %1 result needs a number or a text)</source>
        <translation>ありません（%1 の結果には数値またはテキストが必要です）</translation>
    </message>
    <message>
        <source>is missing: an invalidated result needs one</source>
        <translation>ありません（無効化された結果には必須です）</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be final, pending or invalidated</source>
        <translation>「%1」です。final、pending、invalidated のいずれかである必要があります</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>has %1 rows; at most %2 are allowed</source>
        <translation>%1 行あります。上限は %2 行です</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>1 行目</translation>
    </message>
    <message>
        <source>is not a column of QC results (they are: %1)</source>
        <translation>試験結果の列ではありません（有効な列: %1）</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>重複しています</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>列がありません</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>フィールドが %1 個あります。ヘッダーは %2 個です</translation>
    </message>
    <message>
        <source>automated cell count</source>
        <translation>自動細胞計数</translation>
    </message>
    <message>
        <source>the file holds no cell-counting results this version of ReleaseDesk reads</source>
        <translation>このバージョンの ReleaseDesk で読み取れる細胞計数結果がファイルに含まれていません</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>生存率</translation>
    </message>
    <message>
        <source>Viable cell density</source>
        <translation>生細胞密度</translation>
    </message>
    <message>
        <source>Total cell density</source>
        <translation>総細胞密度</translation>
    </message>
    <message>
        <source>Dead cell density</source>
        <translation>死細胞密度</translation>
    </message>
    <message>
        <source>Viable cell count</source>
        <translation>生細胞数</translation>
    </message>
    <message>
        <source>Total cell count</source>
        <translation>総細胞数</translation>
    </message>
    <message>
        <source>Dead cell count</source>
        <translation>死細胞数</translation>
    </message>
    <message>
        <source>Average total cell diameter</source>
        <translation>平均総細胞径</translation>
    </message>
    <message>
        <source>Average live cell diameter</source>
        <translation>平均生細胞径</translation>
    </message>
    <message>
        <source>Average total cell circularity</source>
        <translation>平均総細胞円形度</translation>
    </message>
    <message>
        <source>Average viable cell circularity</source>
        <translation>平均生細胞円形度</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>ファイルが空です（0 バイト）</translation>
    </message>
    <message>
        <source>the file is %1 MiB; at most %2 MiB are read</source>
        <translation>ファイルサイズが %1 MiB です。読み取れるのは最大 %2 MiB です</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x%1 at offset %2)</source>
        <translation>UTF-8 テキストではありません（オフセット %2 のバイト 0x%1）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <source>is not valid JSON (%1)</source>
        <translation>有効な JSON ではありません（%1）</translation>
    </message>
    <message>
        <source>version %1 of %2 appears twice</source>
        <translation>%2 の第%1版が重複しています</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which this version of ReleaseDesk does not read (it reads &quot;%2&quot;, &quot;%3&quot; and &quot;%4&quot;)</source>
        <translation>「%1」です。このバージョンの ReleaseDesk では読み取れません（読み取れるのは「%2」、「%3」、「%4」です）</translation>
    </message>
    <message>
        <source>the format is not recognised: a JSON file needs &quot;format&quot;: &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot; (or an Allotrope cell-counting manifest); a CSV file needs a header row naming its columns</source>
        <translation>形式を認識できません。JSON ファイルには &quot;format&quot;: &quot;%1&quot;、&quot;%2&quot;、&quot;%3&quot; のいずれか（または Allotrope の細胞計数マニフェスト）が必要です。CSV ファイルには列名を記載したヘッダー行が必要です</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a custody event; use one of: %2</source>
        <translation>「%1」です。これはカストディイベントではありません。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>is given more than once in the same object; a file gives each field once</source>
        <translation>同じオブジェクト内で複数回指定されています。ファイルでは各フィールドを一度だけ指定します</translation>
    </message>
    <message>
        <source>could not be checked for fields given twice (%1)</source>
        <translation>フィールドの重複を確認できませんでした（%1）</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>シリアル番号 %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>機器ID %1</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>資産番号 %1</translation>
    </message>
    <message>
        <source>an instrument setting, not a result</source>
        <translation>分析機器の設定であり、結果ではありません</translation>
    </message>
    <message>
        <source>a setting of the analysis, not a result</source>
        <translation>解析の設定であり、結果ではありません</translation>
    </message>
    <message>
        <source>calculated by the instrument&apos;s software from other values; this version reads only measured cell-counting results</source>
        <translation>分析機器のソフトウェアが他の値から算出した値です。このバージョンで読み取れるのは、測定された細胞計数結果のみです</translation>
    </message>
    <message>
        <source>information of this instrument&apos;s own, outside the cell-counting model</source>
        <translation>この分析機器独自の情報であり、細胞計数のデータモデルの対象外です</translation>
    </message>
    <message>
        <source>a property of the sample, not a result</source>
        <translation>試料の属性であり、結果ではありません</translation>
    </message>
    <message>
        <source>not a cell-counting result this version reads</source>
        <translation>このバージョンで読み取れる細胞計数結果ではありません</translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation>テキストではありません（%1）</translation>
    </message>
    <message>
        <source>the measurement names no sample</source>
        <translation>測定に試料が指定されていません</translation>
    </message>
    <message>
        <source>the measurement has no time</source>
        <translation>測定日時が指定されていません</translation>
    </message>
    <message>
        <source>not reported by the instrument</source>
        <translation>分析機器から報告されていません</translation>
    </message>
    <message>
        <source>not reported by the instrument (&quot;%1&quot;)</source>
        <translation>分析機器から報告されていません（「%1」）</translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation>数値ではありません（%1）</translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time): %2 and %3</source>
        <translation>%1 の結果と重複しています（試料、試験、日時が同一）: %2 と %3</translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation>リストではありません (%1)</translation>
    </message>
    <message>
        <source>is not a quantity ({&quot;value&quot;: …, &quot;unit&quot;: …}) but %1</source>
        <translation>量 ({&quot;value&quot;: …, &quot;unit&quot;: …}) ではなく %1 です</translation>
    </message>
</context>
<context>
    <name>rd::Identity</name>
    <message>
        <source>The person identifier is empty; give the person&apos;s employee number or another identifier unique to them.</source>
        <translation>個人識別子が空です。その人物の社員番号、またはその人物に固有の別の識別子を入力してください。</translation>
    </message>
    <message>
        <source>The person identifier is longer than 40 characters.</source>
        <translation>個人識別子が 40 文字を超えています。</translation>
    </message>
    <message>
        <source>The person identifier &quot;%1&quot; holds U+%2; only letters, digits and . - _ / are allowed.</source>
        <translation>個人識別子「%1」に U+%2 が含まれています。使用できるのは文字、数字、. - _ / のみです。</translation>
    </message>
</context>
<context>
    <name>rd::Importer</name>
    <message>
        <source>no unit</source>
        <translation>単位なし</translation>
    </message>
    <message>
        <source>%1 of sample %2 at %3</source>
        <translation>試料 %2 の %1（%3）</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 件追加</translation>
    </message>
    <message>
        <source>%1 superseded by new versions</source>
        <translation>%1 件を改版</translation>
    </message>
    <message>
        <source>%1 to the unassigned inbox</source>
        <translation>%1 件を未割り当て結果の受信トレイへ</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 件は保存済み</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing in it</source>
        <translation>内容なし</translation>
    </message>
    <message>
        <source>Nothing changed: the store already holds all of this.</source>
        <translation>変更はありません: データストアにはすべて保存済みです。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Only a QC analyst (results) or an administrator (specifications and batch records) can import; %1 is %2.</source>
        <translation>取り込みを行えるのは QC試験担当者（試験結果）または管理者（規格と製造記録）のみです。%1 のロールは「%2」です。</translation>
    </message>
    <message>
        <source>Superseding needs a reason (--reason).</source>
        <translation>改版には理由（--reason）が必要です。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>取り込みをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>import QC results (%1)</source>
        <translation>試験結果の取り込み（%1）</translation>
    </message>
    <message>
        <source>import specifications and batch records (%1)</source>
        <translation>規格と製造記録の取り込み（%1）</translation>
    </message>
    <message>
        <source>version %1 of the specification of %2 is already stored with other content; a changed specification needs a new version</source>
        <translation>%2 の規格の第%1版は別の内容で既に保存されています。規格を変更する場合は新しい版が必要です</translation>
    </message>
    <message>
        <source>there is no specification of product %1; import one first</source>
        <translation>製品 %1 の規格がありません。先に規格を取り込んでください</translation>
    </message>
    <message>
        <source>no specification of %1 was in force on %2</source>
        <translation>%2 時点で有効な %1 の規格がありません</translation>
    </message>
    <message>
        <source>%1, %2: batch %3 differs from the stored record (version %4)</source>
        <translation>%1、%2: ロット %3 が保存済みの記録（第%4版）と異なります</translation>
    </message>
    <message>
        <source>sample %1 already belongs to batch %2</source>
        <translation>試料 %1 は既にロット %2 に属しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test of any specification</source>
        <translation>「%1」はどの規格の試験項目でもありません</translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation>%1 ですが、%2 の測定単位は %3 です</translation>
    </message>
    <message>
        <source>is %1, but sample %2 belongs to batch %3</source>
        <translation>%1 ですが、試料 %2 はロット %3 に属しています</translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the stored one (version %4) is %5</source>
        <translation>%1: 結果 %2 は %3 ですが、保存済みの結果（第%4版）は %5 です</translation>
    </message>
    <message>
        <source>Import: %1 records differ from the stored ones; nothing was written. To store the new content as new versions (the old ones stay readable), import again superseding them, with a reason (on the command line: --supersede --reason).</source>
        <translation>取り込み: %1 件の記録が保存済みのものと異なるため、何も書き込まれていません。新しい内容を新しい版として保存する（旧版も引き続き参照できます）には、理由を付けて改版として再度取り込んでください（コマンドラインでは --supersede --reason）。</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>...ほか %1 件。</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>取り込みを開始できません</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>version %1 from %2 (SHA-256 %3)</source>
        <translation>第%1版（%2 から取り込み、SHA-256 %3）</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>第%1版: %2</translation>
    </message>
    <message>
        <source>version %1: %2, from %3 (SHA-256 %4)</source>
        <translation>第%1版: %2（%3 から取り込み、SHA-256 %4）</translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>取り込みを完了できません</translation>
    </message>
    <message>
        <source>%1, %2: batch record %3, version %4</source>
        <translation>%1、%2: 製造記録 %3、第%4版</translation>
    </message>
    <message>
        <source>%1: the result %2 (%3)</source>
        <translation>%1: 結果 %2（%3）</translation>
    </message>
    <message>
        <source>Import: nothing was written. A decided batch changes only under change control, which puts it on hold for a new review and decision (on the command line: --change-control &quot;REFERENCE: reason&quot;).</source>
        <translation>取り込み: 何も書き込まれていません。判定済みのロットは変更管理のもとでのみ変更でき、変更するとロットは新たな照査と判定のため保留になります（コマンドラインでは --change-control &quot;参照番号: 理由&quot;）。</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>理由に%1。</translation>
    </message>
    <message>
        <source>rejected in the inbox</source>
        <translation>受信トレイで却下済み</translation>
    </message>
    <message>
        <source>open in the inbox</source>
        <translation>受信トレイで未処理</translation>
    </message>
    <message numerus="yes">
        <source>not imported: %1 (%n value(s), the first at %2): %3</source>
        <translation>
            <numerusform>取り込み対象外: %1（%n 件の値、最初の値は %2）: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) name no analyst: %1, who imported them, is recorded as responsible.</source>
        <translation>
            <numerusform>%n 件の結果に試験担当者が記載されていません。取り込みを行った %1 が責任者として記録されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) give &quot;%2&quot; as analyst, which is the instrument or no person: %1, who imported them, is recorded as responsible.</source>
        <translation>
            <numerusform>%n 件の結果で試験担当者が「%2」とされていますが、これは分析機器であるか、人物ではありません。取り込みを行った %1 が責任者として記録されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time): %2 and %3</source>
        <translation>%1 の結果と重複しています（試料、試験、日時が同一）: %2 と %3</translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the unassigned one stored (%4) is %5</source>
        <translation>%1: 結果 %2 は %3 ですが、保存済みの未割り当て結果（%4）は %5 です</translation>
    </message>
    <message>
        <source>superseded on import: %1</source>
        <translation>取り込み時に改版: %1</translation>
    </message>
    <message>
        <source>%1, from %2 (SHA-256 %3)</source>
        <translation>%1（%2 から取り込み、SHA-256 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the file not imported, each with its reason (details).</source>
        <translation>
            <numerusform>ファイルの %n 個の値は取り込まれませんでした（それぞれの理由は詳細を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the method</source>
        <translation>試験方法</translation>
    </message>
    <message>
        <source>the instrument</source>
        <translation>分析機器</translation>
    </message>
    <message>
        <source>the analyst</source>
        <translation>試験担当者</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source> (%1 differs: &quot;%2&quot;, stored &quot;%3&quot;)</source>
        <translation>（%1 が異なります: &quot;%2&quot;、保存済み &quot;%3&quot;）</translation>
    </message>
    <message>
        <source>the unassigned result %1 (%2) has been assigned to a sample since; import the new reading under that sample, superseding its result there</source>
        <translation>未割り当ての結果 %1 (%2) はその後試料に割り当てられています。新しい測定値はその試料の結果として取り込み、そこで結果を改版してください</translation>
    </message>
</context>
<context>
    <name>rd::Inbox</name>
    <message>
        <source>unassigned result %1 (%2 of sample %3 at %4, from %5, SHA-256 %6)</source>
        <translation>未割り当て結果 %1（試料 %3 の %2、%4、%5 から取り込み、SHA-256 %6）</translation>
    </message>
    <message>
        <source>resolve unassigned results</source>
        <translation>未割り当て結果の処理</translation>
    </message>
    <message>
        <source>Give a reason; it goes into the audit trail.</source>
        <translation>理由を入力してください。理由は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Choose at least one unassigned result.</source>
        <translation>未割り当て結果を 1 件以上選択してください。</translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation>未割り当て結果 %1 はありません。</translation>
    </message>
    <message>
        <source>The unassigned result %1 was already %2 by %3.</source>
        <translation>未割り当て結果 %1 は %3 によって既に処理されています（%2）。</translation>
    </message>
    <message>
        <source>No batch has a QC sample &quot;%1&quot;.</source>
        <translation>QC試料「%1」を持つロットはありません。</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: it already has a %3 result measured at that time.</source>
        <translation>結果 %1 を試料 %2 に割り当てられません: この試料には、同じ時刻に測定された %3 の結果が既にあります。</translation>
    </message>
    <message>
        <source>Cannot assign the results</source>
        <translation>結果を割り当てられません</translation>
    </message>
    <message>
        <source>%1 of sample %2</source>
        <translation>試料 %2 の %1</translation>
    </message>
    <message>
        <source>sample %1 of batch %2</source>
        <translation>ロット %2 の試料 %1</translation>
    </message>
    <message>
        <source>Cannot reject the results</source>
        <translation>結果を却下できません</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2, field &quot;%3&quot;: %4.</source>
        <translation>結果 %1 を試料 %2 に割り当てられません。フィールド「%3」: %4。</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: %3.</source>
        <translation>結果 %1 を試料 %2 に割り当てられません: %3。</translation>
    </message>
    <message>
        <source>%1 assigned to sample %2</source>
        <translation>%1 を試料 %2 に割り当て</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>理由に%1。</translation>
    </message>
</context>
<context>
    <name>rd::IndexCheck</name>
    <message>
        <source>Cannot read the schema</source>
        <translation>スキーマを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the indexes of table %1</source>
        <translation>テーブル %1 のインデックスを読み取れません</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>The index %1 of table %2 is on %3, which the index check cannot compare.</source>
        <translation>テーブル %2 のインデックス %1 は %3 に基づいており、インデックス検査では比較できません。</translation>
    </message>
    <message>
        <source>Cannot read table %1</source>
        <translation>テーブル %1 を読み取れません</translation>
    </message>
    <message>
        <source>The index check was cancelled.</source>
        <translation>インデックス検査は取り消されました。</translation>
    </message>
    <message>
        <source>Cannot plan the index check of table %1</source>
        <translation>テーブル %1 のインデックス検査を計画できません</translation>
    </message>
    <message>
        <source>The index check of table %1 cannot read %2 as it needs to (SQLite plans: %3).</source>
        <translation>テーブル %1 のインデックス検査は %2 を必要な方法で読み取れません (SQLite の計画: %3)。</translation>
    </message>
    <message>
        <source>Cannot read index %1 of table %2</source>
        <translation>テーブル %2 のインデックス %1 を読み取れません</translation>
    </message>
    <message>
        <source>The %1 of table %2 holds the same key twice (entries %3 and %4), which it forbids: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>テーブル %2 の%1に同じキーが 2 回あります (エントリ %3 と %4)。これは許されません。records.db が ReleaseDesk の外で変更されたか、破損しています。</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>インデックス %1</translation>
    </message>
    <message>
        <source>The rows of table %1 are out of order after row %2 of its primary key: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>テーブル %1 の行は主キーの行 %2 以降で順序が乱れています。records.db が ReleaseDesk の外で変更されたか、破損しています。</translation>
    </message>
    <message>
        <source>The index %1 of table %2 is out of order after entry %3, so a search through it misses rows: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>テーブル %2 のインデックス %1 はエントリ %3 以降で順序が乱れているため、これを使う検索は行を見落とします。records.db が ReleaseDesk の外で変更されたか、破損しています。</translation>
    </message>
    <message>
        <source>The index %1 of table %2 does not hold the rows of its table (%3 entries for %4 rows, or other values), so a search through it finds other rows than the table has: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>テーブル %2 のインデックス %1 はテーブルの行と一致しません (%4 行に対して %3 エントリ、または異なる値)。このため、これを使う検索はテーブルとは異なる行を見つけます。records.db が ReleaseDesk の外で変更されたか、破損しています。</translation>
    </message>
    <message>
        <source>The indexes of table %1 were not checked: no scan of its rows was given to the check.</source>
        <translation>テーブル %1 のインデックスは確認されませんでした: 行の走査が検査に渡されませんでした。</translation>
    </message>
</context>
<context>
    <name>rd::KeyDirectory</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>アカウントを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation>署名鍵を読み取れません</translation>
    </message>
    <message>
        <source>key %1 of %2 has no certificate: it was not issued through ReleaseDesk.</source>
        <translation>%2 の鍵 %1 には証明書がありません: ReleaseDesk を通じて発行されたものではありません。</translation>
    </message>
    <message>
        <source>key %1 of %2 was removed from the store.</source>
        <translation>%2 の鍵 %1 はデータストアから削除されています。</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>key %1 of %2</source>
        <translation>%2 の鍵 %1</translation>
    </message>
    <message>
        <source>%1: its certificate is not for this key or this account.</source>
        <translation>%1: 証明書がこの鍵またはこのアカウントのものではありません。</translation>
    </message>
    <message>
        <source>%1: the audit trail does not record its issue.</source>
        <translation>%1: 監査証跡にその発行が記録されていません。</translation>
    </message>
    <message>
        <source>%1 names key %2 as its issuer, which does not exist.</source>
        <translation>%1 は発行者として鍵 %2 を指定していますが、その鍵は存在しません。</translation>
    </message>
    <message>
        <source>%1 was certified by a key that is not certified itself (%2)</source>
        <translation>%1 は、それ自体が証明されていない鍵によって証明されています（%2）</translation>
    </message>
    <message>
        <source>%1 was certified by %2, who may not certify it: only an administrator certifies another person&apos;s key.</source>
        <translation>%1 は %2 によって証明されていますが、この証明は認められません: 他者の鍵を証明できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>%1 was certified with key %2 of %3, which was not in force when the key was issued.</source>
        <translation>%1 は %3 の鍵 %2 で証明されていますが、その鍵は証明対象の鍵の発行時点で有効ではありませんでした。</translation>
    </message>
    <message>
        <source>%1: its certificate does not verify with the key of its issuer; it was made or changed outside ReleaseDesk.</source>
        <translation>%1: 証明書を発行者の鍵で検証できません。ReleaseDesk の外部で作成または変更されています。</translation>
    </message>
    <message>
        <source>%1: its certificate names audit event %2, which does not match: the audit trail up to there was rewritten.</source>
        <translation>%1: 証明書は監査イベント %2 を指していますが、一致しません: その時点までの監査証跡が書き換えられています。</translation>
    </message>
    <message>
        <source>the store root signs only for the recovery code, not for %1.</source>
        <translation>データストアのルート鍵が署名するのはリカバリーコードのためだけであり、%1 のためには署名しません。</translation>
    </message>
    <message>
        <source>signing key %1 does not exist in this store.</source>
        <translation>署名鍵 %1 はこのデータストアに存在しません。</translation>
    </message>
    <message>
        <source>signing key %1 is a key of %2, not of %3.</source>
        <translation>署名鍵 %1 は %3 ではなく %2 の鍵です。</translation>
    </message>
    <message>
        <source>signing key %1 of %2 was not in force then.</source>
        <translation>%2 の署名鍵 %1 はその時点で有効ではありませんでした。</translation>
    </message>
    <message>
        <source>the store root</source>
        <translation>データストアのルート鍵</translation>
    </message>
    <message>
        <source>key %1, certified by the store root on %2</source>
        <translation>鍵 %1（%2 にデータストアのルート鍵が証明）</translation>
    </message>
    <message>
        <source>key %1, certified by %2 (%3, key %4) on %5</source>
        <translation>鍵 %1（%5 に %2（%3、鍵 %4）が証明）</translation>
    </message>
    <message>
        <source>signing key %1 of %2 was issued when %3 reset the password, and signed before another administrator confirmed its hand-over.</source>
        <translation>%2 の署名鍵 %1 は、%3 がパスワードをリセットした際に発行され、別の管理者が引き渡しを確認する前に署名しています。</translation>
    </message>
    <message>
        <source>%1; issued at a password reset by %2, hand-over not confirmed</source>
        <translation>%1、%2 によるパスワードのリセット時に発行、引き渡しは未確認</translation>
    </message>
    <message>
        <source>%1; issued at a password reset by %2, hand-over confirmed by %3</source>
        <translation>%1、%2 によるパスワードのリセット時に発行、引き渡しは %3 が確認済み</translation>
    </message>
</context>
<context>
    <name>rd::KeyRing</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 failed logins in a row; try again after %3, or ask an administrator to reset the password.</source>
        <translation>アカウント「%1」は、%2 回連続でログインに失敗したためロックされています。%3 以降に再試行するか、管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>The recovery code does not open this store.</source>
        <translation>このリカバリーコードではこのデータストアを開けません。</translation>
    </message>
    <message>
        <source>The key slot opened but holds data of an unknown layout; this store was made by another version of ReleaseDesk.</source>
        <translation>キースロットは開きましたが、不明な構造のデータが含まれています。このデータストアは別のバージョンの ReleaseDesk で作成されています。</translation>
    </message>
    <message>
        <source>There is no store at %1: the folder does not exist.</source>
        <translation>%1 にデータストアがありません: フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a store folder.</source>
        <translation>%1 はファイルであり、データストアのフォルダーではありません。</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk, before key certificates. Nothing was changed. Upgrade it once with the recovery code: releasedesk upgrade %1</source>
        <translation>%1 は、鍵証明書の導入前に以前のバージョンの ReleaseDesk で作成されています。何も変更されていません。リカバリーコードを使用して一度アップグレードしてください: releasedesk upgrade %1</translation>
    </message>
    <message>
        <source>%1 has no recovery slot, and %2 cannot be read.</source>
        <translation>%1 にはリカバリースロットがなく、%2 も読み取れません。</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>リカバリーコード</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; opened, but the master key sealed in it for key generation %2 does not: it was altered or damaged.</source>
        <translation>「%1」のキースロットは開きましたが、そこに鍵世代 %2 用に封印されたマスター鍵は開けません: 改変されたか破損しています。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; holds no master key of generation %2: it was made for another generation, or keyslots.json was put back from an older copy. Ask an administrator to reset the password.</source>
        <translation>「%1」のキースロットには世代 %2 のマスター鍵がありません: 別の世代用に作成されたか、keyslots.json が古いコピーから戻されています。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>The master key cannot be sealed for &quot;%1&quot;: the public key is not a valid Ed25519 key.</source>
        <translation>「%1」用にマスター鍵を封印できません: 公開鍵が有効な Ed25519 鍵ではありません。</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk upgrade).</source>
        <translation>%1 は以前のバージョンの ReleaseDesk で作成されています。先にアップグレードしてください（releasedesk upgrade）。</translation>
    </message>
</context>
<context>
    <name>rd::KeySlotFile</name>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>テキストではありません</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2</source>
        <translation>%1～%2 の整数ではありません</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>base64 ではありません</translation>
    </message>
    <message>
        <source>has %1 bytes instead of %2</source>
        <translation>%2 バイトではなく %1 バイトです</translation>
    </message>
    <message>
        <source>is not %1 hexadecimal bytes</source>
        <translation>%1 バイトの 16 進数ではありません</translation>
    </message>
    <message>
        <source>is not a UTC time</source>
        <translation>UTC 時刻ではありません</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>names an unknown algorithm</source>
        <translation>不明なアルゴリズムが指定されています</translation>
    </message>
    <message>
        <source>fails its checksum (the slot was altered or damaged)</source>
        <translation>チェックサムが一致しません（スロットが改変されたか破損しています）</translation>
    </message>
    <message>
        <source>%1 is missing: the folder is not a ReleaseDesk store, or the file was removed.</source>
        <translation>%1 がありません: このフォルダーは ReleaseDesk のデータストアではないか、ファイルが削除されています。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is %2 bytes long, far more than a key-slot file can be; restore it from a backup.</source>
        <translation>%1 が破損しています: サイズが %2 バイトあり、キースロットファイルとしてはあり得ない大きさです。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup or use the recovery code.</source>
        <translation>%1 が破損しています（%2）。バックアップから復元するか、リカバリーコードを使用してください。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>$.format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>$.format が &quot;%1&quot; です（&quot;%2&quot; である必要があります）</translation>
    </message>
    <message>
        <source>%1 is format %2, but this ReleaseDesk reads format %3 at most. Use a newer ReleaseDesk; the store was not changed.</source>
        <translation>%1 の形式は %2 ですが、この ReleaseDesk で読み取れるのは形式 %3 までです。新しい ReleaseDesk を使用してください。データストアは変更されていません。</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>is a second slot for user &quot;%1&quot;</source>
        <translation>ユーザー「%1」の 2 つ目のスロットです</translation>
    </message>
    <message>
        <source>is not the epoch after $.epoch</source>
        <translation>$.epoch の次のエポックではありません</translation>
    </message>
    <message>
        <source>is a second anchor of &quot;%1&quot;</source>
        <translation>「%1」の 2 つ目のアンカーです</translation>
    </message>
</context>
<context>
    <name>rd::Migrations</name>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation>スキーマ移行 %1（%2）</translation>
    </message>
</context>
<context>
    <name>rd::PasswordPolicy</name>
    <message>
        <source>The password is too long (more than %1 bytes).</source>
        <translation>パスワードが長すぎます（%1 バイト超）。</translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>パスワードが %1 文字です。%2 文字以上必要です。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>パスワードにユーザー名を含めることはできません。</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which is not allowed.</source>
        <translation>パスワードに NUL 文字が含まれています。NUL 文字は使用できません。</translation>
    </message>
    <message>
        <source>The password must not contain the person identifier or a part of the full name.</source>
        <translation>パスワードに個人識別子や氏名の一部を含めることはできません。</translation>
    </message>
    <message>
        <source>The password cannot be checked: out of memory.</source>
        <translation>パスワードを検査できません: メモリが不足しています。</translation>
    </message>
    <message>
        <source>The password cannot be checked: the quality library refused setting %1.</source>
        <translation>パスワードを検査できません: パスワード品質ライブラリが設定 %1 を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The password cannot be checked: the quality library refused the account&apos;s names.</source>
        <translation>パスワードを検査できません: パスワード品質ライブラリがアカウントの名前を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The password repeats one character more than %1 times in a row.</source>
        <translation>パスワードで同じ文字が %1 回を超えて連続しています。</translation>
    </message>
    <message>
        <source>The password contains a sequence of more than %1 characters (such as &quot;abcde&quot; or &quot;54321&quot;).</source>
        <translation>パスワードに %1 文字を超える連続した並び（「abcde」や「54321」など）が含まれています。</translation>
    </message>
    <message>
        <source>The password is a palindrome.</source>
        <translation>パスワードが回文になっています。</translation>
    </message>
    <message>
        <source>The password cannot be checked: the word list cannot be read (install cracklib-runtime).</source>
        <translation>パスワードを検査できません: 単語リストを読み取れません（cracklib-runtime をインストールしてください）。</translation>
    </message>
    <message>
        <source>The password is based on a dictionary word.</source>
        <translation>パスワードが辞書にある単語に基づいています。</translation>
    </message>
    <message>
        <source>The password has too few different characters.</source>
        <translation>パスワードに含まれる文字の種類が少なすぎます。</translation>
    </message>
    <message>
        <source>The password is a simple pattern (such as &quot;123456789012&quot; or a row of the keyboard).</source>
        <translation>パスワードが単純なパターン（「123456789012」やキーボードの 1 列など）です。</translation>
    </message>
    <message>
        <source>The password is too easy to guess (%1).</source>
        <translation>パスワードが推測されやすすぎます（%1）。</translation>
    </message>
    <message>
        <source>At least %1 characters; not a dictionary word, a sequence or a pattern; not containing the user name, the person identifier or a part of the full name; and not one of the last %2 passwords of the account.</source>
        <translation>%1 文字以上。辞書にある単語、連続した並び、パターンは不可。ユーザー名、個人識別子、氏名の一部を含まないこと。このアカウントの過去 %2 回のパスワードと同じでないこと。</translation>
    </message>
    <message>
        <source>The password cannot be checked: %1.</source>
        <translation>パスワードを確認できません:%1。</translation>
    </message>
</context>
<context>
    <name>rd::People</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>アカウントを読み取れません</translation>
    </message>
</context>
<context>
    <name>rd::Preferences</name>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>不明な言語「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Baseline points must be between %1 and %2; %3 was given.</source>
        <translation>ベースラインの点数は %1～%2 点で指定してください（%3 は無効です）。</translation>
    </message>
</context>
<context>
    <name>rd::Problems</name>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>フィールド「%1」</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was written.</source>
        <translation>%1: 問題が 1 件あります。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was written.</source>
        <translation>%1: 問題が %2 件あります。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>...ほか %1 件。</translation>
    </message>
</context>
<context>
    <name>rd::RecordBindings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the batch record %1</source>
        <translation>製造記録 %1</translation>
    </message>
    <message>
        <source>the QC results of batch %1</source>
        <translation>ロット %1 の試験結果</translation>
    </message>
    <message>
        <source>the unassigned results of imported file %1</source>
        <translation>取り込みファイル %1 の未割り当て結果</translation>
    </message>
    <message>
        <source>the specifications of product %1</source>
        <translation>製品 %1 の規格</translation>
    </message>
    <message>
        <source>the record of imported file %1</source>
        <translation>取り込みファイル %1 の記録</translation>
    </message>
    <message>
        <source>the dispositions of batch %1</source>
        <translation>ロット %1 の処置</translation>
    </message>
    <message>
        <source>the recorded state of batch %1</source>
        <translation>ロット %1 の記録された状態</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>署名 %1</translation>
    </message>
    <message>
        <source>the register entry of document %1</source>
        <translation>文書 %1 の文書台帳への登録</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>製造所 %1</translation>
    </message>
    <message>
        <source>the out-of-trend rules of %1</source>
        <translation>%1 のトレンド外ルール</translation>
    </message>
    <message>
        <source>the frozen baselines of %1</source>
        <translation>%1 の固定ベースライン</translation>
    </message>
    <message>
        <source>the account %1 (its keys, certificates and password history)</source>
        <translation>アカウント %1（鍵、証明書、パスワード履歴）</translation>
    </message>
    <message>
        <source>the store setting %1</source>
        <translation>データストアの設定 %1</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>スキーマ移行 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>Cannot record what event %1 wrote</source>
        <translation>イベント %1 が書き込んだ内容を記録できません</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>検証をキャンセルしました。</translation>
    </message>
    <message>
        <source>Cannot read the records (%1)</source>
        <translation>記録を読み取れません（%1）</translation>
    </message>
    <message>
        <source>The indexes of %1 cannot be checked from its records&apos; scan.</source>
        <translation>レコードの読み取りから %1 のインデックスを検査できません。</translation>
    </message>
    <message>
        <source>the person of account %1 and its keys&apos; hand-overs</source>
        <translation>アカウント %1 の人物と、その鍵の引き渡し</translation>
    </message>
    <message>
        <source>the approvals of the specifications of product %1</source>
        <translation>製品 %1 の規格の承認</translation>
    </message>
    <message>
        <source>the specification batch %1 is judged against</source>
        <translation>ロット %1 の判定に用いる規格</translation>
    </message>
    <message>
        <source>the outcomes of the dispositions of batch %1</source>
        <translation>ロット %1 の処置の結果</translation>
    </message>
    <message>
        <source>the identifiers read in the record of batch %1</source>
        <translation>ロット %1 の記録で読み取った識別子</translation>
    </message>
</context>
<context>
    <name>rd::RecordStore</name>
    <message>
        <source>Cannot read the specifications</source>
        <translation>規格を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the batch records</source>
        <translation>製造記録を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the batch record</source>
        <translation>製造記録を読み取れません</translation>
    </message>
    <message>
        <source>There is no batch record %1.</source>
        <translation>製造記録 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot read the QC samples</source>
        <translation>QC試料を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the results</source>
        <translation>試験結果を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the unassigned results</source>
        <translation>未割り当て結果を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the unassigned result</source>
        <translation>未割り当て結果を読み取れません</translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation>未割り当て結果 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot record the imported file</source>
        <translation>取り込んだファイルを記録できません</translation>
    </message>
    <message>
        <source>Cannot record the product</source>
        <translation>製品を記録できません</translation>
    </message>
    <message>
        <source>Cannot record the specification</source>
        <translation>規格を記録できません</translation>
    </message>
    <message>
        <source>Cannot supersede the batch record</source>
        <translation>製造記録を改版できません</translation>
    </message>
    <message>
        <source>Cannot record batch %1</source>
        <translation>ロット %1 を記録できません</translation>
    </message>
    <message>
        <source>Cannot supersede the result</source>
        <translation>試験結果を改版できません</translation>
    </message>
    <message>
        <source>Cannot record the result %1 of %2</source>
        <translation>%2 の試験結果 %1 を記録できません</translation>
    </message>
    <message>
        <source>Cannot record the unassigned result %1 of %2</source>
        <translation>%2 の未割り当て結果 %1 を記録できません</translation>
    </message>
    <message>
        <source>Cannot update the unassigned result</source>
        <translation>未割り当て結果を更新できません</translation>
    </message>
    <message>
        <source>The unassigned result %1 is no longer open.</source>
        <translation>未割り当て結果 %1 は既に処理済みです。</translation>
    </message>
    <message>
        <source>Cannot read which specification batches are judged against</source>
        <translation>ロットの判定に用いる規格を読み取れません</translation>
    </message>
    <message>
        <source>Cannot record the approval of the specification</source>
        <translation>規格の承認を記録できません</translation>
    </message>
    <message>
        <source>Cannot record which specification batch %1 is judged against</source>
        <translation>ロット %1 の判定に用いる規格を記録できません</translation>
    </message>
    <message>
        <source>Cannot read who imported the results</source>
        <translation>試験結果の取り込み者を読み取れません</translation>
    </message>
</context>
<context>
    <name>rd::Recovery</name>
    <message>
        <source>Cannot set the administrator password</source>
        <translation>管理者パスワードを設定できません</translation>
    </message>
    <message>
        <source>administrator password set with the recovery code</source>
        <translation>リカバリーコードにより管理者パスワードを設定</translation>
    </message>
    <message>
        <source>Cannot record the disclosure</source>
        <translation>開示を記録できません</translation>
    </message>
    <message>
        <source>raw database key shown for use with the sqlcipher shell</source>
        <translation>sqlcipher シェルで使用するため、生のデータベース鍵を表示</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrator; the recovery code can only set an administrator&apos;s password.</source>
        <translation>「%1」は管理者ではありません。リカバリーコードで設定できるのは管理者のパスワードのみです。</translation>
    </message>
    <message>
        <source>re-enabled with the recovery code</source>
        <translation>リカバリーコードにより再有効化</translation>
    </message>
    <message>
        <source>Give the reason for accepting the older records (e.g. the backup it was restored from).</source>
        <translation>古い記録を受け入れる理由を入力してください（例: 復元元のバックアップ）。</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>受け入れを記録できません</translation>
    </message>
    <message>
        <source>checkpoint event %1 signed by %2 at %3</source>
        <translation>チェックポイント（イベント %1、%3 に %2 が署名）</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk upgrade).</source>
        <translation>%1 は以前のバージョンの ReleaseDesk で作成されています。先にアップグレードしてください（releasedesk upgrade）。</translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation>チェックポイントを記録できません</translation>
    </message>
    <message>
        <source>administrator password set with the recovery code; keyslots.json could not be read and was made again from recovery.json</source>
        <translation>リカバリーコードにより管理者パスワードを設定。keyslots.json を読み取れなかったため、recovery.json から再作成</translation>
    </message>
    <message>
        <source>records.db still holds every signed checkpoint; there is nothing to accept.</source>
        <translation>records.db には署名済みチェックポイントがすべて含まれています。受け入れる対象はありません。</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>署名を読み取れません</translation>
    </message>
    <message>
        <source>signature %1 of batch %2: &quot;%3&quot; by %4 (%5) at %6</source>
        <translation>ロット %2 の署名 %1: %4（%5）による「%3」、%6</translation>
    </message>
    <message>
        <source>Cannot read batch %1</source>
        <translation>ロット %1 を読み取れません</translation>
    </message>
    <message>
        <source>Cannot hold batch %1</source>
        <translation>ロット %1 を保留にできません</translation>
    </message>
    <message>
        <source>a decision on this batch was lost with the older records.db; it waits for a new decision</source>
        <translation>このロットの判定は古い records.db とともに失われました。新たな判定を待っています</translation>
    </message>
    <message>
        <source>The hold of batch %1 was not recorded where expected; nothing was changed.</source>
        <translation>ロット %1 の保留が想定どおりの位置に記録されませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>no signature known to be lost</source>
        <translation>失われたことが判明している署名なし</translation>
    </message>
    <message>
        <source>signatures lost: %1; batches put on hold: %2</source>
        <translation>失われた署名: %1、保留にしたロット: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>rd::RecoveryCode</name>
    <message>
        <source>The recovery code contains &quot;%1&quot;, which is not one of its letters or digits.</source>
        <translation>リカバリーコードに「%1」が含まれていますが、これはリカバリーコードで使用される英字・数字ではありません。</translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits (nine groups of four); this one has %2.</source>
        <translation>リカバリーコードは英数字 %1 文字（4 文字 × 9 グループ）です。入力された文字数: %2。</translation>
    </message>
    <message>
        <source>more</source>
        <translation>規定より多い</translation>
    </message>
    <message>
        <source>The recovery code is mistyped: its last group does not match the others. Check each character against the printed code.</source>
        <translation>リカバリーコードの入力に誤りがあります: 最後のグループが他のグループと一致しません。印刷されたコードと 1 文字ずつ照合してください。</translation>
    </message>
</context>
<context>
    <name>rd::Rekey</name>
    <message>
        <source>The store was not re-keyed: %1 (%2). Nothing was changed.</source>
        <translation>データストアの鍵は更新されませんでした: %1（%2）。何も変更されていません。</translation>
    </message>
    <message>
        <source>An interrupted re-key of %1 must be finished first: open the store once, then try again.</source>
        <translation>%1 の中断された鍵更新を先に完了する必要があります: データストアを一度開いてから、再度実行してください。</translation>
    </message>
    <message>
        <source>records.db cannot be opened</source>
        <translation>records.db を開けません</translation>
    </message>
    <message>
        <source>records.db cannot be read</source>
        <translation>records.db を読み取れません</translation>
    </message>
    <message>
        <source>the new file cannot be made</source>
        <translation>新しいファイルを作成できません</translation>
    </message>
    <message>
        <source>the records cannot be copied</source>
        <translation>記録をコピーできません</translation>
    </message>
    <message>
        <source>the new file cannot be closed</source>
        <translation>新しいファイルを閉じられません</translation>
    </message>
    <message>
        <source>the copy does not read back</source>
        <translation>コピーを読み戻せません</translation>
    </message>
    <message>
        <source>the new file cannot be flushed to disk</source>
        <translation>新しいファイルをディスクにフラッシュできません</translation>
    </message>
    <message>
        <source>keyslots.json changed during the re-key.</source>
        <translation>鍵更新中に keyslots.json が変更されました。</translation>
    </message>
    <message>
        <source>the new file cannot be put in place</source>
        <translation>新しいファイルを所定の位置に配置できません</translation>
    </message>
    <message>
        <source>records.db in %1 opens with neither the current nor the new master key of an interrupted re-key; restore it from a backup.</source>
        <translation>%1 の records.db は、中断された鍵更新の現在のマスター鍵でも新しいマスター鍵でも開けません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 (finished after an interruption)</source>
        <translation>%1（中断後に完了）</translation>
    </message>
    <message>
        <source>Cannot record the re-key</source>
        <translation>鍵更新を記録できません</translation>
    </message>
    <message>
        <source>%1; re-keyed at %2</source>
        <translation>%1。%2 に鍵を更新</translation>
    </message>
    <message>
        <source>%1; re-keyed at %2; key slots given no new key: %3</source>
        <translation>%1。%2 に鍵を更新。新しい鍵を渡さなかったキースロット: %3</translation>
    </message>
    <message>
        <source>the copy cannot be switched to write-ahead logging</source>
        <translation>コピーを先行書き込みログ（WAL）モードに切り替えられません</translation>
    </message>
</context>
<context>
    <name>rd::ResultRules</name>
    <message>
        <source>no unit</source>
        <translation>単位なし</translation>
    </message>
    <message>
        <source>%1 is not in specification %2 of %3, which batch %4 is made to</source>
        <translation>%1 は、ロット %4 に適用される %3 の規格（第%2版）に含まれていません</translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation>%1 ですが、%2 の測定単位は %3 です</translation>
    </message>
    <message>
        <source>%1 is a qualitative test: give its result as text</source>
        <translation>%1 は定性試験です: 結果はテキストで入力してください</translation>
    </message>
    <message>
        <source>%1 is a numeric test: give its result as a number</source>
        <translation>%1 は定量試験です: 結果は数値で入力してください</translation>
    </message>
    <message>
        <source>was measured at %1, before sample %2 was drawn (%3): it cannot be that sample&apos;s</source>
        <translation>%1 に測定されており、試料 %2 の採取（%3）より前です。この試料の結果ではあり得ません</translation>
    </message>
</context>
<context>
    <name>rd::ReviewQueue</name>
    <message>
        <source>Cannot read the queue</source>
        <translation>キューを読み取れません</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rd::ReviewService</name>
    <message>
        <source>Cannot read batch %1</source>
        <translation>ロット %1 を読み取れません</translation>
    </message>
    <message>
        <source>There is no batch %1 in this store.</source>
        <translation>このデータストアにロット %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation>ロット %1 の状態を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the dispositions of batch %1</source>
        <translation>ロット %1 の処置を読み取れません</translation>
    </message>
    <message>
        <source>Administrators cannot sign batch decisions.</source>
        <translation>管理者はロットの判定に署名できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed by a %2; %3 is a %4.</source>
        <translation>「%1」に署名できるのは %2 のみです。%3 のロールは「%4」です。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation>「%1」には理由が必要です。</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>コメントが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>An exceptional release needs the reference of the treating physician&apos;s written request.</source>
        <translation>例外的出荷判定には、主治医の書面による要請の参照番号が必要です。</translation>
    </message>
    <message>
        <source>The physician&apos;s request reference is longer than %1 characters.</source>
        <translation>医師の要請の参照番号が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>An exceptional release needs the recorded risk evaluation.</source>
        <translation>例外的出荷判定には、記録されたリスク評価が必要です。</translation>
    </message>
    <message>
        <source>The risk evaluation is longer than %1 characters.</source>
        <translation>リスク評価が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A physician&apos;s request and risk evaluation belong only to an exceptional release.</source>
        <translation>医師の要請とリスク評価は、例外的出荷判定の場合にのみ記録します。</translation>
    </message>
    <message>
        <source>Batch %1 has no QC results to approve.</source>
        <translation>ロット %1 には承認する試験結果がありません。</translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also review it.</source>
        <translation>%1 はこのロットの試験結果を承認したため、このロットを照査することはできません。</translation>
    </message>
    <message>
        <source>The QC results changed after they were approved; put the batch on hold and lift the hold to send it back for QC approval.</source>
        <translation>承認後に試験結果が変更されました。ロットを保留にし、保留を解除して QC承認に差し戻してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) still need a disposition before the batch can be signed as reviewed.</source>
        <translation>
            <numerusform>ロットを照査済みとして署名する前に、%n 件の例外の処置が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also decide on its release.</source>
        <translation>%1 はこのロットの試験結果を承認したため、出荷判定を行うことはできません。</translation>
    </message>
    <message>
        <source>%1 reviewed this batch and so cannot also decide on its release.</source>
        <translation>%1 はこのロットを照査したため、出荷判定を行うことはできません。</translation>
    </message>
    <message>
        <source>No release is possible: %1</source>
        <translation>出荷判定はできません: %1</translation>
    </message>
    <message>
        <source>%1 failed after the conditional release; the batch can only be rejected.</source>
        <translation>条件付き出荷判定後に %1 が不適合となりました。このロットは出荷不可と判定するほかありません。</translation>
    </message>
    <message>
        <source>The specification in force has no tests.</source>
        <translation>有効な規格に試験項目がありません。</translation>
    </message>
    <message>
        <source>Still pending: %1. The final release can be confirmed once their results are in.</source>
        <translation>未確定: %1。結果が出た時点で最終の出荷判定を確定できます。</translation>
    </message>
    <message>
        <source>The record changed after the conditional release in more than the pending results; put the batch on hold for review.</source>
        <translation>条件付き出荷判定後に、未確定の結果以外の記録も変更されました。ロットを保留にして照査してください。</translation>
    </message>
    <message>
        <source>The record changed after it was reviewed; put the batch on hold and lift the hold to send it back for review.</source>
        <translation>照査後に記録が変更されました。ロットを保留にし、保留を解除して照査に差し戻してください。</translation>
    </message>
    <message>
        <source>Required results are missing or pending: %1.</source>
        <translation>必要な結果が欠落しているか未確定です: %1。</translation>
    </message>
    <message>
        <source>Every result conforms to the specification: an exceptional release does not apply; release the batch normally.</source>
        <translation>すべての結果が規格に適合しているため、例外的出荷判定は該当しません。通常どおり出荷判定を行ってください。</translation>
    </message>
    <message>
        <source>Out of specification: %1. Reject the batch, or record an exceptional release at the treating physician&apos;s request.</source>
        <translation>規格外: %1。ロットを出荷不可と判定するか、主治医の要請に基づく例外的出荷判定を記録してください。</translation>
    </message>
    <message>
        <source>Still pending: %1. Release conditionally, or wait for the results.</source>
        <translation>未確定: %1。条件付きで出荷判定を行うか、結果を待ってください。</translation>
    </message>
    <message>
        <source>No test is pending: release the batch normally.</source>
        <translation>未確定の試験はありません。通常どおり出荷判定を行ってください。</translation>
    </message>
    <message>
        <source>Cannot start the signing</source>
        <translation>署名を開始できません</translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation>ロット %1 の状態を記録できません</translation>
    </message>
    <message>
        <source>Cannot commit the signature</source>
        <translation>署名を確定できません</translation>
    </message>
    <message>
        <source>record a disposition</source>
        <translation>処置の記録</translation>
    </message>
    <message>
        <source>A disposition needs a comment.</source>
        <translation>処置にはコメントが必要です。</translation>
    </message>
    <message>
        <source>The deviation reference is longer than %1 characters.</source>
        <translation>逸脱番号が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Cannot start the disposition</source>
        <translation>処置を開始できません</translation>
    </message>
    <message>
        <source>Dispositions are recorded during the review; batch %1 is &quot;%2&quot;.</source>
        <translation>処置は照査中に記録します。ロット %1 は「%2」です。</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 has no exception %2 (it has %n exception(s)).</source>
        <translation>
            <numerusform>ロット %1 に例外 %2 はありません（例外は %n 件です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the disposition</source>
        <translation>処置を記録できません</translation>
    </message>
    <message>
        <source>Cannot commit the disposition</source>
        <translation>処置を確定できません</translation>
    </message>
    <message>
        <source>Batch %1 has no QC approval signature.</source>
        <translation>ロット %1 には QC承認の署名がありません。</translation>
    </message>
    <message>
        <source>Batch %1 lacks its QC approval or review signature.</source>
        <translation>ロット %1 には QC承認または照査の署名がありません。</translation>
    </message>
    <message>
        <source>Still pending: %1. An exceptional release is decided on complete results.</source>
        <translation>未確定: %1。例外的出荷判定は、すべての結果が確定した上で行います。</translation>
    </message>
    <message>
        <source>Cannot read the audit trail of batch %1</source>
        <translation>ロット %1 の監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>the audit trail does not record it</source>
        <translation>監査証跡に記録されていません</translation>
    </message>
    <message>
        <source>its key is certified for %1 as %2</source>
        <translation>その鍵は %1 に %2 として証明されています</translation>
    </message>
    <message>
        <source>it does not verify: the signature or what it covers was altered</source>
        <translation>検証に失敗しました: 署名またはその対象が改変されています</translation>
    </message>
    <message>
        <source>signature %1 (&quot;%2&quot; by %3) cannot be trusted: %4; the recorded state of batch %5 is not borne out. Run releasedesk verify.</source>
        <translation>署名 %1（%3 による「%2」）は信頼できません: %4。ロット %5 の記録された状態は裏付けられていません。releasedesk verify を実行してください。</translation>
    </message>
    <message>
        <source>Batch %1 cannot be signed: %2</source>
        <translation>ロット %1 に署名できません: %2</translation>
    </message>
    <message>
        <source>signature %1 (&quot;%2&quot; by %3) no longer covers the record of batch %4: its data changed after the decision</source>
        <translation>署名 %1（%3 による「%2」）はロット %4 の現在の記録を対象としていません。判定後にデータが変更されています</translation>
    </message>
    <message>
        <source>&quot;external:&quot; needs the identifier the other system gives the deviation, as in &quot;external: QMS-2026-0042&quot;.</source>
        <translation>「external:」には、他のシステムが逸脱に付けた識別子が必要です(例:「external: QMS-2026-0042」)。</translation>
    </message>
    <message>
        <source>%1 is not a deviation of batch %2 (%3); name one of its deviations, or one held in another system as &quot;external: ID&quot;.</source>
        <translation>%1 はロット %2 の逸脱ではありません(%3)。ロットの逸脱のいずれか、または他のシステムで管理される逸脱を「external: ID」の形で指定してください。</translation>
    </message>
    <message>
        <source>it records none</source>
        <translation>逸脱の記録はありません</translation>
    </message>
    <message>
        <source>Exception %1 is the open critical deviation %2: its disposition must name it (--deviation %2).</source>
        <translation>例外 %1 は未完了の重大逸脱 %2 です。その処置ではこの逸脱を指定する必要があります(--deviation %2)。</translation>
    </message>
    <message>
        <source>Exception %1 blocks release: its disposition must name the deviation that investigates it (a deviation of the batch, or &quot;external: ID&quot;).</source>
        <translation>例外 %1 は出荷判定を妨げます。その処置では、これを調査する逸脱(ロットの逸脱、または「external: ID」)を指定する必要があります。</translation>
    </message>
    <message>
        <source>Batch %1 has out-of-specification results (%2): their QC approval needs the reference of the OOS investigation.</source>
        <translation>ロット %1 には規格外の結果（%2）があります。その QC承認には OOS調査の参照番号が必要です。</translation>
    </message>
    <message>
        <source>The investigation reference is longer than %1 characters.</source>
        <translation>調査の参照番号が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Acceptable, no impact</source>
        <translation>許容可（影響なし）</translation>
    </message>
    <message>
        <source>Acceptable with a deviation or CAPA reference</source>
        <translation>許容可（逸脱または CAPA の参照番号あり）</translation>
    </message>
    <message>
        <source>Not acceptable (blocks release)</source>
        <translation>許容不可（出荷判定不可）</translation>
    </message>
    <message>
        <source>%1 judged exception %2 not acceptable (%3); the batch can only be rejected.</source>
        <translation>%1 が例外 %2 を許容不可と判定しました（%3）。このロットは出荷不可と判定するほかありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the deviation or CAPA reference that accounts for exception %2.</source>
        <translation>「%1」には、例外 %2 の根拠となる逸脱または CAPA の参照番号が必要です。</translation>
    </message>
    <message>
        <source>Exception %1 blocks release, so it is not &quot;%2&quot;: choose &quot;%3&quot; or &quot;%4&quot;.</source>
        <translation>例外 %1 は出荷判定を妨げるため、「%2」にはできません。「%3」または「%4」を選んでください。</translation>
    </message>
    <message>
        <source>%1 produced QC results of this batch (%2) and so cannot %3.</source>
        <translation>%1 はこのロットの試験結果（%2）を測定したため、%3できません。</translation>
    </message>
    <message>
        <source>The analyst of %1 is no person of this store, so who measured it is not established; put the batch on hold and correct it under change control.</source>
        <translation>%1 の試験担当者はこのデータストアの人物ではないため、誰が測定したかが特定されていません。ロットを保留にし、変更管理のもとで修正してください。</translation>
    </message>
    <message>
        <source>%1 assigned QC results of this batch from the unassigned inbox (as %2) and so cannot %3: another person does.</source>
        <translation>%1 は %2 としてこのロットの試験結果を未割り当て結果の受信トレイから割り当てたため、%3できません。別の人物が行う必要があります。</translation>
    </message>
    <message>
        <source>%1 imported QC results of this batch (as %2) and so cannot %3: another person does.</source>
        <translation>%1 は %2 としてこのロットの試験結果を取り込んだため、%3できません。別の人物が行う必要があります。</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>コメントに%1。</translation>
    </message>
    <message>
        <source>The risk evaluation %1.</source>
        <translation>リスク評価に%1。</translation>
    </message>
    <message>
        <source>The physician&apos;s request reference %1.</source>
        <translation>医師の要請の参照番号に%1。</translation>
    </message>
    <message>
        <source>The investigation reference %1.</source>
        <translation>調査の参照番号に%1。</translation>
    </message>
    <message>
        <source>approve them</source>
        <translation>それらを承認</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) arose after the review and have no disposition; put the batch on hold and lift the hold to review them.</source>
        <translation>
            <numerusform>照査後に %n 件の例外が発生しましたが、処置はまだありません。ロットを保留にし、保留を解除してこれらの例外を照査してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm the release on them</source>
        <translation>それらに基づいて最終の出荷判定を確定</translation>
    </message>
    <message>
        <source>The deviation reference %1.</source>
        <translation>逸脱番号に%1。</translation>
    </message>
</context>
<context>
    <name>rd::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>QC analyst</source>
        <translation>QC試験担当者</translation>
    </message>
    <message>
        <source>QA reviewer</source>
        <translation>QA照査者</translation>
    </message>
    <message>
        <source>Release authority</source>
        <translation>出荷判定者</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>閲覧者</translation>
    </message>
</context>
<context>
    <name>rd::Runtime</name>
    <message>
        <source>The cryptography library (libsodium) failed to start.</source>
        <translation>暗号ライブラリ（libsodium）の初期化に失敗しました。</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)</source>
        <translation>ReleaseDesk %1（Qt %2、SQLCipher %3、libsodium %4）</translation>
    </message>
    <message>
        <source>WARNING: RELEASEDESK_TESTING_MINIMUM_KDF is set: new passwords are protected with the test-only minimum Argon2id cost. Never use this for real stores.</source>
        <translation>警告: RELEASEDESK_TESTING_MINIMUM_KDF が設定されています。新しいパスワードはテスト専用の最小 Argon2id コストで保護されます。実運用のデータストアでは絶対に使用しないでください。</translation>
    </message>
</context>
<context>
    <name>rd::Session</name>
    <message>
        <source>Cannot read the account &quot;%1&quot;</source>
        <translation>アカウント「%1」を読み取れません</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>アカウント「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has a key slot but no record in this store; ask an administrator to reset its password.</source>
        <translation>アカウント「%1」にはキースロットがありますが、このデータストアに記録がありません。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>アカウント「%1」は無効です。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date (keyslots.json was restored from an older copy); ask an administrator to reset the password.</source>
        <translation>「%1」のキースロットが古くなっています（keyslots.json が古いコピーから復元されました）。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>Cannot record the login</source>
        <translation>ログインを記録できません</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>パスワードの誤り</translation>
    </message>
    <message>
        <source>%1 failed logins in a row; locked for %2 minutes</source>
        <translation>ログインに %1 回連続で失敗したため、%2 分間ロック</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>不明なユーザー名</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 on %2</source>
        <translation>ReleaseDesk %1（ホスト %2）</translation>
    </message>
    <message>
        <source>The failed-login counters in keyslots.json could not be updated: %1</source>
        <translation>keyslots.json のログイン失敗回数を更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation>チェックポイントを記録できません</translation>
    </message>
    <message>
        <source>The session has ended; unlock the store again.</source>
        <translation>セッションが終了しました。データストアのロックを再度解除してください。</translation>
    </message>
    <message>
        <source>%1 must change the password before doing anything else.</source>
        <translation>%1 は、他の操作を行う前にパスワードを変更する必要があります。</translation>
    </message>
    <message>
        <source>Only a user with the role %1 can %2; %3 is %4.</source>
        <translation>%2を行えるのは「%1」ロールのユーザーのみです。%3 のロールは「%4」です。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Cannot count the accounts</source>
        <translation>アカウント数を取得できません</translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation>イベント %1 で失敗: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. If the older copy is to be kept, an administrator can accept it with the recovery code (releasedesk recover --accept-rollback).</source>
        <translation>何も変更されていません。古いコピーを維持する場合は、管理者がリカバリーコードを使用して受け入れることができます（releasedesk recover --accept-rollback）。</translation>
    </message>
    <message>
        <source>The last password change of &quot;%1&quot; was interrupted before it was saved in the records; ask an administrator to reset the password.</source>
        <translation>「%1」の前回のパスワード変更は、記録に保存される前に中断されました。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>Cannot record the unlock</source>
        <translation>ロック解除を記録できません</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s settings</source>
        <translation>データストアの設定を読み取れません</translation>
    </message>
    <message>
        <source>set the inactivity lock</source>
        <translation>無操作時ロックの設定</translation>
    </message>
    <message>
        <source>The inactivity lock is 1 to %1 minutes, not %2.</source>
        <translation>無操作時ロックは 1～%1 分で指定してください（%2 は無効です）。</translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation>設定を変更できません</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it once with the recovery code (releasedesk upgrade).</source>
        <translation>%1 は以前のバージョンの ReleaseDesk で作成されています。リカバリーコードを使用して一度アップグレードしてください（releasedesk upgrade）。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; holds no master key for records.db; ask an administrator to reset the password.</source>
        <translation>「%1」のキースロットには records.db のマスター鍵がありません。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>Cannot read the store root</source>
        <translation>データストアのルート鍵を読み取れません</translation>
    </message>
    <message>
        <source>keyslots.json names store root %1, but records.db recorded root %2: one of the two files was replaced. Nothing was changed.</source>
        <translation>keyslots.json はルート鍵 %1 を示していますが、records.db に記録されたルート鍵は %2 です: 2 つのファイルのいずれかが置き換えられています。何も変更されていません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date: its key was replaced at audit event %2 (keyslots.json was restored from an older copy). Ask an administrator to reset the password.</source>
        <translation>「%1」のキースロットが古くなっています: その鍵は監査イベント %2 で置き換えられています（keyslots.json が古いコピーから復元されました）。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>the key in the slot is not the certified key %1.</source>
        <translation>スロット内の鍵は証明済みの鍵 %1 ではありません。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; does not hold a certified signing key (%2); it was not made by ReleaseDesk. Ask an administrator to reset the password.</source>
        <translation>「%1」のキースロットには証明済みの署名鍵がありません（%2）。ReleaseDesk で作成されたものではありません。管理者にパスワードのリセットを依頼してください。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（日時: %2）</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>アカウントを読み取れません</translation>
    </message>
    <message>
        <source>failed logins of &quot;%1&quot;, which is no account of this store</source>
        <translation>「%1」のログイン失敗（このデータストアのアカウントではありません）</translation>
    </message>
    <message>
        <source>a failed login of %1</source>
        <translation>%1 のログイン失敗</translation>
    </message>
    <message>
        <source>a lockout of %1</source>
        <translation>%1 のロックアウト</translation>
    </message>
    <message>
        <source>a failed login of an unknown user</source>
        <translation>不明なユーザーのログイン失敗</translation>
    </message>
    <message>
        <source>keyslots.json counts %1 failed logins, fewer than the %2 recorded at an earlier login: its failed-login records were reset</source>
        <translation>keyslots.json のログイン失敗回数は %1 回で、以前のログイン時に記録された %2 回より少なくなっています: ログイン失敗の記録がリセットされています</translation>
    </message>
    <message>
        <source>%1 failed logins were counted since the last login, but keyslots.json holds the records of only %2: the others were removed</source>
        <translation>前回のログイン以降に %1 回のログイン失敗が数えられていますが、keyslots.json には %2 回分の記録しかありません: 残りは削除されています</translation>
    </message>
    <message>
        <source>keyslots.json holds %1 failed-login records, but only %2 failed logins were counted since the last login: records were added</source>
        <translation>keyslots.json にはログイン失敗の記録が %1 件ありますが、前回のログイン以降に数えられたログイン失敗は %2 回だけです: 記録が追加されています</translation>
    </message>
    <message>
        <source>keyslots.json held failed-login records that cannot be true (a time in the future or before the last recorded event, or a name that is no account); they were written outside ReleaseDesk and are not taken as failed logins</source>
        <translation>keyslots.json に、事実ではあり得ないログイン失敗の記録がありました（未来の時刻、最後に記録されたイベントより前の時刻、またはアカウントではない名前）。これらは ReleaseDesk の外部で書き込まれたもので、ログイン失敗としては扱いません</translation>
    </message>
    <message>
        <source>keyslots.json held failed-login records that cannot be true; the audit trail records them as such: %1</source>
        <translation>keyslots.json に、事実ではあり得ないログイン失敗の記録がありました。監査証跡にはそのようなものとして記録されています: %1</translation>
    </message>
    <message>
        <source>The store will be re-keyed when this session ends (%1).</source>
        <translation>このセッションの終了時にデータストアの鍵を更新します（%1）。</translation>
    </message>
    <message>
        <source>The re-key waits (%1); it is done when the store is next closed with nothing else open, or with releasedesk rekey.</source>
        <translation>鍵更新は保留中です（%1）。次回、他に何も開いていない状態でデータストアを閉じたとき、または releasedesk rekey で実行されます。</translation>
    </message>
    <message>
        <source>The store was written to while it was being verified (events %1 to %2); verify again.</source>
        <translation>検証中にデータストアへの書き込みがありました（イベント %1～%2）。もう一度検証してください。</translation>
    </message>
    <message>
        <source>ok: %1 events, %2 checkpoints, %3 signatures, %4 records, %5 key certificates; root %6</source>
        <translation>ok: イベント %1 件、チェックポイント %2 件、署名 %3 件、記録 %4 件、鍵証明書 %5 件、ルート鍵 %6</translation>
    </message>
</context>
<context>
    <name>rd::SiteRegister</name>
    <message>
        <source>Cannot read the sites</source>
        <translation>製造所を読み取れません</translation>
    </message>
    <message>
        <source>register a site</source>
        <translation>製造所の登録</translation>
    </message>
    <message>
        <source>A site needs a name of 1 to 256 characters.</source>
        <translation>製造所の名前は 1～256 文字で指定してください。</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; needs its manufacturing authorisation (1 to 200 characters).</source>
        <translation>製造所「%1」には製造業許可（1～200 文字）が必要です。</translation>
    </message>
    <message>
        <source>The address of site &quot;%1&quot; is longer than 1000 characters.</source>
        <translation>製造所「%1」の所在地が 1000 文字を超えています。</translation>
    </message>
    <message>
        <source>Cannot register the site</source>
        <translation>製造所を登録できません</translation>
    </message>
</context>
<context>
    <name>rd::SpecificationService</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>product name: %1 → %2</source>
        <translation>製品名: %1 → %2</translation>
    </message>
    <message>
        <source>strength: %1 → %2</source>
        <translation>含量: %1 → %2</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1: 追加（%2）</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>lower limit</source>
        <translation>下限値</translation>
    </message>
    <message>
        <source>upper limit</source>
        <translation>上限値</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>期待結果</translation>
    </message>
    <message>
        <source>method</source>
        <translation>試験方法</translation>
    </message>
    <message>
        <source>release-critical</source>
        <translation>出荷判定に必須</translation>
    </message>
    <message>
        <source>may be pending at release</source>
        <translation>出荷判定時に未確定でも可</translation>
    </message>
    <message>
        <source>%1: removed (%2)</source>
        <translation>%1: 削除（%2）</translation>
    </message>
    <message>
        <source>draft: judges nothing until a QA reviewer approves it</source>
        <translation>草案: QA照査者が承認するまで判定には使用されません</translation>
    </message>
    <message>
        <source>effective %1 (in force before approvals were recorded)</source>
        <translation>%1 適用開始（承認が記録されるようになる前から有効）</translation>
    </message>
    <message>
        <source>approved by %1 on %2, effective %3</source>
        <translation>%2 に %1 が承認、%3 適用開始</translation>
    </message>
    <message>
        <source>approve a specification</source>
        <translation>規格の承認</translation>
    </message>
    <message>
        <source>There is no specification of product %1.</source>
        <translation>製品 %1 の規格がありません。</translation>
    </message>
    <message>
        <source>Product %1 has no specification version %2 (it has %3).</source>
        <translation>製品 %1 には規格の第%2版がありません（存在する版: %3）。</translation>
    </message>
    <message>
        <source>%1 imported specification %2 version %3, so another QA reviewer approves it.</source>
        <translation>規格 %2 第%3版は %1 が取り込んだため、別の QA照査者が承認する必要があります。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Cannot start the approval</source>
        <translation>承認を開始できません</translation>
    </message>
    <message>
        <source>Cannot commit the approval</source>
        <translation>承認を確定できません</translation>
    </message>
    <message>
        <source>judge a batch against another specification</source>
        <translation>別の規格に照らしたロットの判定</translation>
    </message>
    <message>
        <source>Say why batch %1 is judged against another version.</source>
        <translation>ロット %1 を別の版に照らして判定する理由を入力してください。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>理由が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Cannot start the re-judgement</source>
        <translation>再判定を開始できません</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>ロット %1 はありません。</translation>
    </message>
    <message>
        <source>Specification %1 version %2 is a draft: a batch is judged only against an approved version.</source>
        <translation>規格 %1 第%2版は草案です。ロットの判定には承認済みの版のみを使用します。</translation>
    </message>
    <message>
        <source>Batch %1 is already judged against specification %2 version %3.</source>
        <translation>ロット %1 は既に規格 %2 第%3版に照らして判定されています。</translation>
    </message>
    <message>
        <source>judged against specification version %1</source>
        <translation>規格の第%1版に照らして判定</translation>
    </message>
    <message>
        <source>judged against specification version %1 instead of %2</source>
        <translation>第%2版ではなく規格の第%1版に照らして判定</translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation>ロット %1 の状態を読み取れません</translation>
    </message>
    <message>
        <source>Cannot commit the re-judgement</source>
        <translation>再判定を確定できません</translation>
    </message>
    <message>
        <source>Specification %1 version %2 is already approved: %3.</source>
        <translation>規格 %1 第%2版は既に承認されています: %3。</translation>
    </message>
    <message>
        <source>The workstation clock (%1) is behind the last event of the audit trail (%2): a specification cannot be approved at a time before what is already recorded. Set the clock right first.</source>
        <translation>端末の時計（%1）が監査証跡の最後のイベント（%2）より前になっています: 既に記録されている時刻より前の時刻で規格を承認することはできません。先に時計を正しく合わせてください。</translation>
    </message>
    <message>
        <source>Cannot read the store settings</source>
        <translation>データストアの設定を読み取れません</translation>
    </message>
    <message>
        <source>the approval of specification %1 version %2</source>
        <translation>規格 %1 第%2版の承認</translation>
    </message>
    <message>
        <source>%1 has no signature, and the version came after approvals were recorded.</source>
        <translation>%1 には署名がなく、その版は承認が記録されるようになった後に追加されたものです。</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>署名を読み取れません</translation>
    </message>
    <message>
        <source>%1 names signature %2, which is missing.</source>
        <translation>%1 は署名 %2 を指していますが、その署名がありません。</translation>
    </message>
    <message>
        <source>%1 is not what signature %2 approved.</source>
        <translation>%1 は署名 %2 で承認された内容と一致しません。</translation>
    </message>
    <message>
        <source>%1 was signed by the person who imported it.</source>
        <translation>%1 は、その規格を取り込んだ本人によって署名されています。</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>理由に%1。</translation>
    </message>
</context>
<context>
    <name>rd::SqlCipherDriver</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>ステートメントを準備できません</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>ステートメントが空です</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time</source>
        <translation>一度に実行できるステートメントは 1 つだけです</translation>
    </message>
    <message>
        <source>Cannot bind a value of type %1 to parameter %2</source>
        <translation>型 %1 の値をパラメーター %2 にバインドできません</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation>パラメーター %1 をバインドできません</translation>
    </message>
    <message>
        <source>No value bound for parameter %1</source>
        <translation>パラメーター %1 に値がバインドされていません</translation>
    </message>
    <message>
        <source>Too many values bound: the statement has %1 parameters, %2 given</source>
        <translation>バインドされた値が多すぎます: ステートメントのパラメーターは %1 個ですが、%2 個指定されました</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>ステートメントが準備されていません</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>ステートメントを実行できません</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>行を取得できません</translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation>不明な接続オプション: %1</translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>トランザクションをコミットできません</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>トランザクションをロールバックできません</translation>
    </message>
    <message>
        <source>Unable to execute the script</source>
        <translation>スクリプトを実行できません</translation>
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation>データベースの鍵を設定できません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 on SQLite %2</source>
        <translation>%1（SQLite %2 上）</translation>
    </message>
    <message>
        <source>The transaction the statement was reading in was rolled back</source>
        <translation>ステートメントが読み取っていたトランザクションはロールバックされました</translation>
    </message>
    <message>
        <source>Unable to read the list of tables</source>
        <translation>テーブルの一覧を読み取れません</translation>
    </message>
    <message>
        <source>Unable to read the columns of %1</source>
        <translation>%1 の列を読み取れません</translation>
    </message>
</context>
<context>
    <name>rd::Store</name>
    <message>
        <source>%1: the store is busy because another ReleaseDesk process is writing to it; try again when it has finished.</source>
        <translation>%1: 別の ReleaseDesk プロセスが書き込み中のため、データストアを使用できません。処理が終わってから再度実行してください。</translation>
    </message>
    <message>
        <source>%1: records.db is damaged (%2); restore the store from a backup.</source>
        <translation>%1: records.db が破損しています（%2）。バックアップからデータストアを復元してください。</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation>%1: ディスクの空き容量が不足しています。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1: the store cannot be written (%2).</source>
        <translation>%1: データストアに書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: a disk error occurred (%2).</source>
        <translation>%1: ディスクエラーが発生しました（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>Cannot key %1</source>
        <translation>%1 に鍵を設定できません</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher (PRAGMA cipher_version gives no answer); ReleaseDesk cannot open encrypted stores with it.</source>
        <translation>使用中の SQLite ライブラリは SQLCipher ではありません（PRAGMA cipher_version が応答しません）。このライブラリでは、ReleaseDesk は暗号化されたデータストアを開けません。</translation>
    </message>
    <message>
        <source>Cannot select the SQLCipher 3 format</source>
        <translation>SQLCipher 3 形式を選択できません</translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation>%1 を構成できません</translation>
    </message>
    <message>
        <source>records.db in %1 cannot be decrypted with this store&apos;s key: it is damaged or belongs to another store. Restore it from a backup.</source>
        <translation>%1 の records.db をこのデータストアの鍵で復号できません。破損しているか、別のデータストアのものです。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 の records.db が破損しています（%2）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Cannot read records.db in %1</source>
        <translation>%1 の records.db を読み取れません</translation>
    </message>
    <message>
        <source>records.db in %1 holds no ReleaseDesk data (it has no meta table); it was replaced or damaged. Restore it from a backup.</source>
        <translation>%1 の records.db に ReleaseDesk のデータがありません（meta テーブルがありません）。置き換えられたか、破損しています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>records.db in %1 has no valid schema version (&quot;%2&quot;); it is damaged.</source>
        <translation>%1 の records.db に有効なスキーマバージョンがありません（「%2」）。破損しています。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer ReleaseDesk (schema version %2; this version reads up to %3). Use a newer ReleaseDesk; the store was not changed.</source>
        <translation>データストア %1 は、より新しい ReleaseDesk で書き込まれています（スキーマバージョン %2。このバージョンで読み取れるのは %3 までです）。新しい ReleaseDesk を使用してください。データストアは変更されていません。</translation>
    </message>
    <message>
        <source>records.db in %1 belongs to another store (id %2, while keyslots.json says %3); the files were mixed up.</source>
        <translation>%1 の records.db は別のデータストアのものです（ID %2。keyslots.json では %3）。ファイルが取り違えられています。</translation>
    </message>
    <message>
        <source>records.db in %1 is truncated: it holds %2 bytes of the %3 its header describes. Restore it from a backup.</source>
        <translation>%1 の records.db が途中で切れています: ヘッダーに記載された %3 バイトのうち %2 バイトしかありません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 already holds a records.db; a new store needs an empty folder.</source>
        <translation>%1 には既に records.db があります。新しいデータストアには空のフォルダーが必要です。</translation>
    </message>
    <message>
        <source>records.db is missing from the store %1; restore it from a backup.</source>
        <translation>データストア %1 に records.db がありません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Cannot read records.db in %1: %2</source>
        <translation>%1 の records.db を読み取れません: %2</translation>
    </message>
    <message>
        <source>records.db in %1 is an unencrypted SQLite database, not this store&apos;s encrypted one: it was replaced. Restore it from a backup.</source>
        <translation>%1 の records.db は暗号化されていない SQLite データベースで、このデータストアの暗号化データベースではありません。置き換えられています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: its size, %2 bytes, is not a whole number of 1024-byte pages (was it truncated?). Restore it from a backup.</source>
        <translation>%1 の records.db が破損しています: サイズ %2 バイトが 1024 バイトのページの整数倍ではありません（切り詰められた可能性があります）。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Cannot switch records.db in %1 to write-ahead logging</source>
        <translation>%1 の records.db を先行書き込みログ（WAL）モードに切り替えられません</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged at page %2 (%3); restore the store from a backup.</source>
        <translation>%1 の records.db のページ %2 が破損しています（%3）。バックアップからデータストアを復元してください。</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: %2</source>
        <translation>%1 の records.db は破損しています: %2</translation>
    </message>
    <message>
        <source>Cannot set the page size</source>
        <translation>ページサイズを設定できません</translation>
    </message>
</context>
<context>
    <name>rd::StoreCreator</name>
    <message>
        <source>%1 is a file; a new store needs a new or empty folder.</source>
        <translation>%1 はファイルです。新しいデータストアには新規または空のフォルダーが必要です。</translation>
    </message>
    <message>
        <source>%1 is not empty; a new store needs a new or empty folder.</source>
        <translation>%1 は空ではありません。新しいデータストアには新規または空のフォルダーが必要です。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1（SQLite %2 上）</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>データストアを作成できません</translation>
    </message>
    <message>
        <source>Cannot move the new store into place at %1.</source>
        <translation>新しいデータストアを %1 に配置できません。</translation>
    </message>
</context>
<context>
    <name>rd::StoreFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 をディスクにフラッシュできません: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>フォルダー %1 をディスクにフラッシュできません: %2</translation>
    </message>
    <message>
        <source>The store folder %1 is read-only (%2); ReleaseDesk records every login in the store and needs write access to it.</source>
        <translation>データストアのフォルダー %1 は読み取り専用です（%2）。ReleaseDesk はすべてのログインをデータストアに記録するため、書き込み権限が必要です。</translation>
    </message>
    <message>
        <source>The store %1 is busy: another ReleaseDesk process is changing its key slots. Try again in a moment.</source>
        <translation>データストア %1 は使用中です: 別の ReleaseDesk プロセスがキースロットを変更しています。しばらくしてから再度実行してください。</translation>
    </message>
    <message>
        <source>Cannot open the store folder %1: %2</source>
        <translation>データストアのフォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot lock the store folder %1: %2</source>
        <translation>データストアのフォルダー %1 をロックできません: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot lock the store %1: %2</source>
        <translation>データストア %1 をロックできません: %2</translation>
    </message>
    <message>
        <source>The store %1 is open in another window or process; it can be re-keyed only when nothing else has it open.</source>
        <translation>データストア %1 は別のウィンドウまたはプロセスで開かれています。鍵を更新できるのは、他に何もデータストアを開いていないときだけです。</translation>
    </message>
    <message>
        <source>The store %1 is being re-keyed by another process; try again in a moment.</source>
        <translation>データストア %1 は別のプロセスで鍵を更新中です。しばらくしてから再度実行してください。</translation>
    </message>
</context>
<context>
    <name>rd::StoreVerifier</name>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>データベーススキーマを読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot build the expected schema in memory.</source>
        <translation>想定されるスキーマをメモリ上に構築できません。</translation>
    </message>
    <message>
        <source>Cannot build the expected schema (migration %1): %2</source>
        <translation>想定されるスキーマを構築できません（移行 %1）: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Cannot read the database schema: no connection.</source>
        <translation>データベーススキーマを読み取れません: 接続がありません。</translation>
    </message>
    <message>
        <source>The %1 %2 is missing from the database: it was removed outside ReleaseDesk.</source>
        <translation>%1 %2 がデータベースにありません: ReleaseDesk の外部で削除されています。</translation>
    </message>
    <message>
        <source>The %1 %2 is not the one ReleaseDesk made: it was replaced outside ReleaseDesk (it now reads: %3).</source>
        <translation>%1 %2 は ReleaseDesk が作成したものではありません: ReleaseDesk の外部で置き換えられています（現在の定義: %3）。</translation>
    </message>
    <message>
        <source>The database holds the %1 %2, which ReleaseDesk never made: it was added outside ReleaseDesk.</source>
        <translation>データベースに、ReleaseDesk が作成したことのない %1 %2 があります: ReleaseDesk の外部で追加されています。</translation>
    </message>
    <message>
        <source>The store&apos;s root is %1, not %2 as expected: this is not the store whose fingerprint you hold, or its root was replaced.</source>
        <translation>データストアのルート鍵は %1 であり、想定された %2 ではありません: お手元のフィンガープリントのデータストアではないか、ルート鍵が置き換えられています。</translation>
    </message>
    <message>
        <source>Signing key %1 cannot be trusted: %2</source>
        <translation>署名鍵 %1 は信頼できません: %2</translation>
    </message>
    <message>
        <source>keyslots.json records a checkpoint of %1 at event %2 that %1&apos;s certified key did not sign: keyslots.json was altered.</source>
        <translation>keyslots.json にはイベント %2 における %1 のチェックポイントが記録されていますが、%1 の証明済みの鍵で署名されていません: keyslots.json が改変されています。</translation>
    </message>
    <message>
        <source>Written outside ReleaseDesk, as no audit event recorded it: %1.</source>
        <translation>どの監査イベントにも記録されていないため、ReleaseDesk の外部で書き込まれたものです: %1。</translation>
    </message>
    <message>
        <source>Changed after audit event %1 recorded it: %2 (the rows are not the ones written then).</source>
        <translation>監査イベント %1 で記録された後に変更されています: %2（行が当時書き込まれたものと異なります）。</translation>
    </message>
    <message>
        <source>Removed after audit event %1 recorded it: %2.</source>
        <translation>監査イベント %1 で記録された後に削除されています: %2。</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; uses the test-only minimum Argon2id cost; reset that password.</source>
        <translation>「%1」のキースロットはテスト専用の最小 Argon2id コストを使用しています。このパスワードをリセットしてください。</translation>
    </message>
    <message>
        <source>The recovery slot uses the test-only minimum Argon2id cost.</source>
        <translation>リカバリースロットはテスト専用の最小 Argon2id コストを使用しています。</translation>
    </message>
    <message>
        <source>A re-key is due (%1): until it is done, a copy of a removed key slot still opens records.db. Run releasedesk rekey with nothing else open.</source>
        <translation>鍵更新が必要です（%1）: 完了するまでは、削除されたキースロットのコピーで records.db を開くことができます。他に何も開いていない状態で releasedesk rekey を実行してください。</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>署名を読み取れません</translation>
    </message>
</context>
<context>
    <name>rd::Terminal</name>
    <message>
        <source>Standard input ended before line %1, which should hold the next password (see --help for the order).</source>
        <translation>標準入力が %1 行目の前で終了しました。この行には次のパスワードが必要です（順序は --help を参照）。</translation>
    </message>
    <message>
        <source>Line %1 of standard input is too long.</source>
        <translation>標準入力の %1 行目が長すぎます。</translation>
    </message>
    <message>
        <source>There is no terminal to ask on; give the input on standard input with --password-stdin.</source>
        <translation>入力を求めるターミナルがありません。--password-stdin を指定して、標準入力から入力してください。</translation>
    </message>
    <message>
        <source>No input was given.</source>
        <translation>入力がありません。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2 つのパスワードが一致しません。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>rd::Text</name>
    <message>
        <source>contains an invisible formatting character (U+%1)</source>
        <translation>不可視の書式制御文字（U+%1）が含まれています</translation>
    </message>
    <message>
        <source>contains a line break; only a text such as notes or a reason may hold one</source>
        <translation>改行が含まれています。改行を含められるのは、注記や理由などのテキストだけです</translation>
    </message>
    <message>
        <source>contains a tab; only a text such as notes or a reason may hold one</source>
        <translation>タブが含まれています。タブを含められるのは、注記や理由などのテキストだけです</translation>
    </message>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>制御文字（U+%1）が含まれています</translation>
    </message>
    <message>
        <source>contains half of a surrogate pair (U+%1), which is no character</source>
        <translation>サロゲートペアの片方（U+%1）が含まれています。これは文字ではありません</translation>
    </message>
</context>
<context>
    <name>rd::Upgrade</name>
    <message>
        <source>The store does not verify as it is, so it was not upgraded: %1</source>
        <translation>データストアを現状のまま検証できないため、アップグレードしませんでした: %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>イベント %1: %2</translation>
    </message>
    <message>
        <source>%1 is already current (key-slot format %2); there is nothing to upgrade.</source>
        <translation>%1 はすでに最新です（キースロット形式 %2）。アップグレードの必要はありません。</translation>
    </message>
    <message>
        <source>keyslots.json of %1 was changed outside ReleaseDesk (its integrity code does not match), so the store was not upgraded. Restore keyslots.json from a backup first.</source>
        <translation>%1 の keyslots.json が ReleaseDesk の外部で変更されている（完全性コードが一致しない）ため、データストアをアップグレードしませんでした。先に keyslots.json をバックアップから復元してください。</translation>
    </message>
    <message>
        <source>Cannot read the store root</source>
        <translation>データストアのルート鍵を読み取れません</translation>
    </message>
    <message>
        <source>records.db already names a root other than the one this upgrade made; it was not upgraded by this ReleaseDesk. Nothing was changed.</source>
        <translation>records.db には、このアップグレードで作成したものとは別のルート鍵がすでに記録されています。この ReleaseDesk でアップグレードされたものではありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Cannot upgrade the store</source>
        <translation>データストアをアップグレードできません</translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation>署名鍵を読み取れません</translation>
    </message>
    <message>
        <source>key %1 of %2 (%3, %4)</source>
        <translation>%2 の鍵 %1（%3、%4）</translation>
    </message>
    <message>
        <source>store made before key certificates, verified as it was, then upgraded with the recovery code; keys certified by the new root: %1</source>
        <translation>鍵証明書の導入前に作成されたデータストアを現状のまま検証した後、リカバリーコードによりアップグレード。新しいルート鍵で証明した鍵: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>アカウントを読み取れません</translation>
    </message>
    <message>
        <source>upgrade to key certificates</source>
        <translation>鍵証明書方式へのアップグレード</translation>
    </message>
</context>
<context>
    <name>rd::UserFiles</name>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（名前付きパイプ）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is %2, not a regular file; choose another path.</source>
        <translation>%1 への書き込みを拒否します: %2 であり、通常のファイルではありません。別のパスを選んでください。</translation>
    </message>
    <message>
        <source>Refusing to read %1: it is %2, not a regular file.</source>
        <translation>%1 の読み込みを拒否します: %2 であり、通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is inside the store folder %2, whose files must never be overwritten; choose a path outside it.</source>
        <translation>%1 への書き込みを拒否します: データストアのフォルダー %2 の中にあり、そのファイルは決して上書きしてはなりません。その外のパスを選んでください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>%1 を読み込めません: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; at most %3 MiB are read.</source>
        <translation>%1 は %2 MiB です。読み込めるのは最大 %3 MiB です。</translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for %2 MiB.</source>
        <translation>%1 を読み込めません: %2 MiB 分のメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>rd::Workflow</name>
    <message>
        <source>Awaiting QC approval</source>
        <translation>QC承認待ち</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>照査待ち</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>照査中</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>照査済み</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>出荷可</translation>
    </message>
    <message>
        <source>Conditionally released</source>
        <translation>条件付き出荷可</translation>
    </message>
    <message>
        <source>Exceptional release (out of specification)</source>
        <translation>例外的出荷可（規格外）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>出荷不可</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>QC results approved</source>
        <translation>試験結果の QC承認</translation>
    </message>
    <message>
        <source>Exceptional release of out-of-specification product</source>
        <translation>規格外製品の例外的出荷判定</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Hold lifted</source>
        <translation>保留解除</translation>
    </message>
    <message>
        <source>I approve the QC results of this batch: they are complete as recorded, attributable and were obtained with the stated methods and instruments.</source>
        <translation>私は、このロットの試験結果を承認します。これらの結果は記録どおり完全であり、作成者が特定でき、記載された試験方法および分析機器により得られたものです。</translation>
    </message>
    <message>
        <source>I have reviewed the batch record and its QC results, and I have recorded a disposition for every exception.</source>
        <translation>私は、製造記録とその試験結果を照査し、すべての例外について処置を記録しました。</translation>
    </message>
    <message>
        <source>I certify that this batch was manufactured and tested in accordance with GMP and its marketing or trial authorisation, and release it for the patient.</source>
        <translation>私は、このロットが GMP ならびに製造販売承認または治験計画届の内容に従って製造および試験されたことを証明し、患者への出荷を可と判定します。</translation>
    </message>
    <message>
        <source>I release this batch before every test is complete. The tests still pending are named below; their results will be assessed when they arrive.</source>
        <translation>私は、すべての試験が完了する前にこのロットを出荷可と判定します。未確定の試験は以下のとおりであり、その結果は判明した時点で評価します。</translation>
    </message>
    <message>
        <source>I release this batch although it does not meet its specification, at the written request of the treating physician and on the risk evaluation recorded below.</source>
        <translation>私は、このロットが規格に適合していないものの、主治医の書面による要請に基づき、以下に記録したリスク評価を踏まえて出荷可と判定します。</translation>
    </message>
    <message>
        <source>I reject this batch: it must not be administered.</source>
        <translation>私は、このロットを出荷不可と判定します。このロットを投与してはなりません。</translation>
    </message>
    <message>
        <source>I put this batch on hold: no decision may be taken on it until the hold is lifted.</source>
        <translation>私は、このロットを保留にします。保留が解除されるまで、このロットに関するいかなる判定も行えません。</translation>
    </message>
    <message>
        <source>I lift the hold on this batch; its review continues.</source>
        <translation>私は、このロットの保留を解除します。照査を継続します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be signed while the batch is &quot;%2&quot;: %3</source>
        <translation>ロットが「%2」の状態では「%1」に署名できません: %3</translation>
    </message>
    <message>
        <source>the decision on it is final.</source>
        <translation>このロットの判定は確定しています。</translation>
    </message>
    <message>
        <source>its QC results have already been approved.</source>
        <translation>試験結果はすでに承認されています。</translation>
    </message>
    <message>
        <source>its QC results must be approved first.</source>
        <translation>先に試験結果の承認が必要です。</translation>
    </message>
    <message>
        <source>the hold must be lifted first.</source>
        <translation>先に保留を解除する必要があります。</translation>
    </message>
    <message>
        <source>it has already been reviewed.</source>
        <translation>すでに照査済みです。</translation>
    </message>
    <message>
        <source>it is already on hold.</source>
        <translation>すでに保留中です。</translation>
    </message>
    <message>
        <source>it is not on hold.</source>
        <translation>保留中ではありません。</translation>
    </message>
    <message>
        <source>only the final release or a rejection can follow.</source>
        <translation>続けて行えるのは、最終の出荷判定または出荷不可の判定のみです。</translation>
    </message>
    <message>
        <source>the batch must be reviewed first.</source>
        <translation>先にロットの照査が必要です。</translation>
    </message>
</context>
<context>
    <name>rd::audit</name>
    <message>
        <source>Store created</source>
        <translation>データストア作成</translation>
    </message>
    <message>
        <source>Schema migrated</source>
        <translation>スキーマ移行</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>セッション開始</translation>
    </message>
    <message>
        <source>Session locked (checkpoint)</source>
        <translation>セッションのロック（チェックポイント）</translation>
    </message>
    <message>
        <source>Session closed (checkpoint)</source>
        <translation>セッション終了（チェックポイント）</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>ログイン拒否</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>アカウントのロック</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>アカウント作成</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>アカウント無効化</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>パスワードリセット</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>署名鍵の発行</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>リカバリーコードの使用</translation>
    </message>
    <message>
        <source>Raw database key disclosed</source>
        <translation>生のデータベース鍵の開示</translation>
    </message>
    <message>
        <source>Clock went backwards</source>
        <translation>システム時刻の逆行</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>監査証跡の検証</translation>
    </message>
    <message>
        <source>Account enabled again</source>
        <translation>アカウントの再有効化</translation>
    </message>
    <message>
        <source>Older records accepted</source>
        <translation>古い記録の受け入れ</translation>
    </message>
    <message>
        <source>File imported</source>
        <translation>ファイルの取り込み</translation>
    </message>
    <message>
        <source>Record superseded</source>
        <translation>記録の改版</translation>
    </message>
    <message>
        <source>Unassigned result assigned</source>
        <translation>未割り当て結果の割り当て</translation>
    </message>
    <message>
        <source>Unassigned result rejected</source>
        <translation>未割り当て結果の却下</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>記録のエクスポート</translation>
    </message>
    <message>
        <source>Batch signed</source>
        <translation>ロットへの署名</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>照査開始</translation>
    </message>
    <message>
        <source>Exception dispositioned</source>
        <translation>例外の処置</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>セッションのロック解除</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>設定変更</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>文書発行</translation>
    </message>
    <message>
        <source>Security event signed (checkpoint)</source>
        <translation>セキュリティイベントへの署名（チェックポイント）</translation>
    </message>
    <message>
        <source>Store re-keyed</source>
        <translation>データストアの鍵更新</translation>
    </message>
    <message>
        <source>Store upgraded to key certificates</source>
        <translation>鍵証明書方式へのデータストアのアップグレード</translation>
    </message>
    <message>
        <source>Re-key due</source>
        <translation>鍵更新が必要</translation>
    </message>
    <message>
        <source>Batch held after a rollback</source>
        <translation>ロールバック後のロット保留</translation>
    </message>
    <message>
        <source>Failed-login record in keyslots.json not believed</source>
        <translation>keyslots.json のログイン失敗記録の不採用</translation>
    </message>
    <message>
        <source>Batch held for a change under change control</source>
        <translation>変更管理下の変更によるロット保留</translation>
    </message>
    <message>
        <source>Batch returned to QC approval by a change</source>
        <translation>変更によるロットの QC承認への差し戻し</translation>
    </message>
    <message>
        <source>Account&apos;s person stated</source>
        <translation>アカウントの人物の登録</translation>
    </message>
    <message>
        <source>Hand-over of a reset key confirmed</source>
        <translation>パスワードのリセットで発行された鍵の引き渡しの確認</translation>
    </message>
    <message>
        <source>Specification approved</source>
        <translation>規格の承認</translation>
    </message>
    <message>
        <source>Batch judged against another specification version</source>
        <translation>別の版の規格に照らしたロットの再判定</translation>
    </message>
</context>
<context>
    <name>rd::crypto</name>
    <message>
        <source>Key slot salt has the wrong length.</source>
        <translation>キースロットのソルトの長さが正しくありません。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>鍵の導出に必要なメモリが不足しています（Argon2id には %1 MiB 必要です）。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>パスワードのハッシュ化に必要なメモリが不足しています。</translation>
    </message>
</context>
<context>
    <name>rd::qc::Baselines</name>
    <message>
        <source>Cannot read the frozen baselines</source>
        <translation>固定ベースラインを読み取れません</translation>
    </message>
    <message>
        <source>There is no frozen baseline &quot;%1&quot; for %2 of %3.</source>
        <translation>%3 の %2 には固定ベースライン「%1」がありません。</translation>
    </message>
    <message>
        <source>Baselines are frozen by QC analysts and administrators; %1 is %2.</source>
        <translation>ベースラインを固定できるのは QC試験担当者と管理者のみです。%1 のロールは「%2」です。</translation>
    </message>
    <message>
        <source>A baseline needs a name of 1 to 100 characters.</source>
        <translation>ベースラインの名前は 1～100 文字で指定してください。</translation>
    </message>
    <message>
        <source>Cannot freeze the baseline</source>
        <translation>ベースラインを固定できません</translation>
    </message>
    <message>
        <source>A baseline &quot;%1&quot; of %2 for %3 exists already; choose another name.</source>
        <translation>%3 の %2 のベースライン「%1」は既に存在します。別の名前を指定してください。</translation>
    </message>
</context>
<context>
    <name>rd::qc::ControlStats</name>
    <message numerus="yes">
        <source>%n point(s): control limits need at least two.</source>
        <translation>
            <numerusform>%n 点です: 管理限界の算出には 2 点以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 values are %2: with no variation there are no control limits.</source>
        <translation>%1 個の値がすべて %2 です: ばらつきがないため、管理限界を算出できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n baseline point(s): a standard deviation needs at least two.</source>
        <translation>
            <numerusform>ベースラインが %n 点です: 標準偏差の算出には 2 点以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 baseline values are %2: the standard deviation is zero.</source>
        <translation>ベースラインの %1 個の値がすべて %2 です: 標準偏差がゼロです。</translation>
    </message>
    <message>
        <source>The test has no numeric specification limits.</source>
        <translation>この試験には数値の規格値がありません。</translation>
    </message>
    <message>
        <source>Not enough data: %1 point(s), capability needs at least %2.</source>
        <translation>データ不足: %1 点です。工程能力の算出には %2 点以上必要です。</translation>
    </message>
    <message>
        <source>No variation in %1 points: capability indices are not defined.</source>
        <translation>%1 点にばらつきがありません: 工程能力指数を算出できません。</translation>
    </message>
</context>
<context>
    <name>rd::qc::OotRules</name>
    <message>
        <source>Cannot read the out-of-trend rules</source>
        <translation>トレンド外ルールを読み取れません</translation>
    </message>
    <message>
        <source>choose out-of-trend rules</source>
        <translation>トレンド外ルールの選択</translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation>%1 のどの規格にも数値試験 %2 がありません。</translation>
    </message>
    <message>
        <source>Cannot change the out-of-trend rules</source>
        <translation>トレンド外ルールを変更できません</translation>
    </message>
</context>
<context>
    <name>rd::qc::Rules</name>
    <message>
        <source>One point beyond 2 SD (warning).</source>
        <translation>1 点が 2 SD を超えている（警告）。</translation>
    </message>
    <message>
        <source>One point beyond 3 SD.</source>
        <translation>1 点が 3 SD を超えている。</translation>
    </message>
    <message>
        <source>Two points in a row beyond 2 SD on the same side.</source>
        <translation>連続する 2 点が同じ側で 2 SD を超えている。</translation>
    </message>
    <message>
        <source>Two points in a row, one beyond +2 SD and the other beyond −2 SD.</source>
        <translation>連続する 2 点のうち、一方が +2 SD を、他方が −2 SD を超えている。</translation>
    </message>
    <message>
        <source>Four points in a row beyond 1 SD on the same side.</source>
        <translation>連続する 4 点が同じ側で 1 SD を超えている。</translation>
    </message>
    <message>
        <source>Ten points in a row on the same side of the mean.</source>
        <translation>連続する 10 点が平均の同じ側にある。</translation>
    </message>
    <message>
        <source>One point more than 3 SD from the mean.</source>
        <translation>1 点が平均から 3 SD を超えて離れている。</translation>
    </message>
    <message>
        <source>Nine points in a row on the same side of the mean.</source>
        <translation>連続する 9 点が平均の同じ側にある。</translation>
    </message>
    <message>
        <source>Six points in a row steadily increasing or decreasing.</source>
        <translation>連続する 6 点が単調に増加または減少している。</translation>
    </message>
    <message>
        <source>Fourteen points in a row alternating up and down.</source>
        <translation>連続する 14 点が交互に増減している。</translation>
    </message>
    <message>
        <source>Two of three points in a row more than 2 SD from the mean, same side.</source>
        <translation>連続する 3 点中 2 点が、平均から同じ側に 2 SD を超えて離れている。</translation>
    </message>
    <message>
        <source>Four of five points in a row more than 1 SD from the mean, same side.</source>
        <translation>連続する 5 点中 4 点が、平均から同じ側に 1 SD を超えて離れている。</translation>
    </message>
    <message>
        <source>Fifteen points in a row within 1 SD of the mean.</source>
        <translation>連続する 15 点が平均から 1 SD 以内にある。</translation>
    </message>
    <message>
        <source>Eight points in a row more than 1 SD from the mean, on both sides, none within.</source>
        <translation>連続する 8 点が平均の両側で 1 SD を超えて離れており、1 SD 以内の点がない。</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendAnalyzer</name>
    <message>
        <source>The baseline of %1 points is longer than the series (%2 points).</source>
        <translation>%1 点のベースラインが系列（%2 点）より長くなっています。</translation>
    </message>
    <message>
        <source>The frozen baseline has no usable standard deviation.</source>
        <translation>固定ベースラインに使用可能な標準偏差がありません。</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendData</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation>トレンドには製品と試験の指定が必要です。</translation>
    </message>
    <message>
        <source>Cannot read the results for the trend</source>
        <translation>トレンド用の試験結果を読み取れません</translation>
    </message>
    <message>
        <source>There are no batches of %1%2 in this store.</source>
        <translation>このデータストアには %1%2 のロットがありません。</translation>
    </message>
    <message>
        <source> made in the chosen dates</source>
        <translation> (選択した製造期間内)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (e.g. batch %2)</source>
        <translation>「%1」（例: ロット %2）</translation>
    </message>
    <message>
        <source>%1 of %2 is reported in more than one unit: %3; a trend needs one unit.</source>
        <translation>%2 の %1 は複数の単位で報告されています: %3。トレンドには単一の単位が必要です。</translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation>%1 のどの規格にも数値試験 %2 がありません。</translation>
    </message>
    <message>
        <source>Cannot read the products</source>
        <translation>製品を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the sites</source>
        <translation>製造所を読み取れません</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendRequest</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation>トレンドには製品と試験の指定が必要です。</translation>
    </message>
    <message>
        <source>The chart is imr or lj, not &quot;%1&quot;.</source>
        <translation>管理図の種類は imr または lj です（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>Unknown rule in &quot;%1&quot;.</source>
        <translation>「%1」に不明なルールが含まれています。</translation>
    </message>
    <message>
        <source>A baseline is a number of points, at least 2.</source>
        <translation>ベースラインは 2 以上の点数で指定してください。</translation>
    </message>
    <message>
        <source>A baseline by date needs both its first and its last date.</source>
        <translation>日付によるベースラインには、開始日と終了日の両方が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) made between %1 and %2: a baseline needs at least two.</source>
        <translation>
            <numerusform>%1～%2 に製造されたロットは %n ロットです: ベースラインには 2 ロット以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen baseline &quot;%1&quot;</source>
        <translation>固定ベースライン「%1」</translation>
    </message>
    <message>
        <source>batches made from %1 to %2</source>
        <translation>%1～%2 に製造されたロット</translation>
    </message>
    <message numerus="yes">
        <source>%n selected point(s)</source>
        <translation>
            <numerusform>選択した %n 点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n point(s)</source>
        <translation>
            <numerusform>最初の %n 点</numerusform>
        </translation>
    </message>
    <message>
        <source>all points</source>
        <translation>全点</translation>
    </message>
</context>
<context>
    <name>rd::reports::Document</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>印刷者: %1、印刷日時: %2</translation>
    </message>
    <message>
        <source>%1 · store root %2</source>
        <translation>%1 · データストアのルート鍵 %2</translation>
    </message>
</context>
<context>
    <name>rd::reports::DocumentRegistry</name>
    <message>
        <source>%1 (%2%3, version %4, issued %5 UTC by %6)</source>
        <translation>%1（%2%3、第%4版、%5 UTC に %6 が発行）</translation>
    </message>
    <message>
        <source>Cannot read the document register</source>
        <translation>文書台帳を読み取れません</translation>
    </message>
    <message>
        <source>FINAL CERTIFICATE. This replaces the provisional certificate %1 (version %2, issued %3 UTC): every result is now final.</source>
        <translation>最終版。本書は暫定版の文書 %1（第%2版、%3 UTC 発行）に代わるものです。すべての結果が確定しました。</translation>
    </message>
    <message>
        <source>This version %1 supersedes document %2 (version %3, issued %4 UTC), which no longer matches the record.</source>
        <translation>本書（第%1版）は、文書 %2（第%3版、%4 UTC 発行）に代わるものです。同文書は記録と一致しなくなりました。</translation>
    </message>
    <message>
        <source>The document has no document id: prepare it first.</source>
        <translation>文書に文書IDがありません。先に文書を準備してください。</translation>
    </message>
    <message>
        <source>Cannot record the document</source>
        <translation>文書を記録できません</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2, %3 (%4, %n page(s))%5</source>
        <translation>
            <numerusform>%1 第%2版、%3（%4、%n ページ）%5</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>, draft</source>
        <translation>、草案</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 は PDF ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 carries no ReleaseDesk document id: it was not issued by ReleaseDesk, or its metadata was rewritten.</source>
        <translation>%1 には ReleaseDesk の文書IDがありません。ReleaseDesk が発行したものではないか、メタデータが書き換えられています。</translation>
    </message>
    <message>
        <source>VALID: %1 is %2, and it matches the record and its signatures as they are now.</source>
        <translation>有効: %1 は %2 であり、現在の記録および署名と一致しています。</translation>
    </message>
    <message>
        <source>NOT VALID: %1 claims to be %2.</source>
        <translation>無効: %1 は %2 であるとされています。</translation>
    </message>
    <message>
        <source>The file was altered: it is not byte for byte the PDF that was issued.</source>
        <translation>ファイルが改変されています。発行された PDF とバイト単位で一致しません。</translation>
    </message>
    <message>
        <source>The document cannot be built again: %1</source>
        <translation>文書を再作成できません: %1</translation>
    </message>
    <message>
        <source>The record changed after the document was issued: printed today it would read differently, so it is no longer current.</source>
        <translation>文書の発行後に記録が変更されました。今日印刷すると内容が異なるため、この文書は最新ではありません。</translation>
    </message>
    <message>
        <source>The audit trail or a signature does not verify: %1</source>
        <translation>監査証跡または署名の検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>NOT VALID: %1 (document %2) was issued by the store whose root is %3; this store&apos;s root is %4.</source>
        <translation>無効: %1（文書 %2）はルート鍵が %3 のデータストアから発行されています。このデータストアのルート鍵は %4 です。</translation>
    </message>
    <message>
        <source>NOT VALID: document %1 is not in the register of this store: it was issued from another store, or not at all, or the store was put back to a time before it was issued.</source>
        <translation>無効: 文書 %1 はこのデータストアの文書台帳にありません。別のデータストアから発行されたか、発行されていないか、またはデータストアが発行前の時点に戻されています。</translation>
    </message>
    <message>
        <source>It was issued under store root %1, but this store&apos;s root is %2: it comes from another store, or this store&apos;s root was replaced.</source>
        <translation>この文書はルート鍵 %1 のもとで発行されていますが、このデータストアのルート鍵は %2 です: 別のデータストアの文書であるか、このデータストアのルート鍵が置き換えられています。</translation>
    </message>
    <message>
        <source>The document hash it carries (%1) is not the one registered for it (%2): what it shows is not what was issued.</source>
        <translation>文書に記載された文書ハッシュ（%1）は、登録されているハッシュ（%2）と一致しません: 表示内容は発行された内容と異なります。</translation>
    </message>
</context>
<context>
    <name>rd::reports::Documents</name>
    <message>
        <source>Certificate of Analysis</source>
        <translation>試験成績書</translation>
    </message>
    <message>
        <source>Batch Release Certificate</source>
        <translation>出荷判定書</translation>
    </message>
    <message>
        <source>Batch Review Report</source>
        <translation>照査報告書</translation>
    </message>
    <message>
        <source>Audit-Trail Report</source>
        <translation>監査証跡報告書</translation>
    </message>
    <message>
        <source>Trend Report</source>
        <translation>トレンド報告書</translation>
    </message>
</context>
<context>
    <name>rd::reports::Renderer</name>
    <message>
        <source>DRAFT — NOT FOR RELEASE</source>
        <translation>草案 — 出荷判定用ではありません</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Document %1 · version %2 · document hash %3</source>
        <translation>文書 %1 · 第%2版 · 文書ハッシュ %3</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused.</source>
        <translation>印刷を開始できません。プリンターまたはファイルが受け付けませんでした。</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>%1 ページ目を開始できません。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>印刷はキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot finish printing the document.</source>
        <translation>文書の印刷を完了できません。</translation>
    </message>
    <message>
        <source>Cannot write the PDF: its creation time kept changing.</source>
        <translation>PDF を書き込めません。作成日時が変化し続けました。</translation>
    </message>
    <message>
        <source>Point (batches in order of manufacture)</source>
        <translation>点（製造順のロット）</translation>
    </message>
    <message>
        <source>USL</source>
        <translation>USL</translation>
    </message>
    <message>
        <source>UCL</source>
        <translation>UCL</translation>
    </message>
    <message>
        <source>CL</source>
        <translation>CL</translation>
    </message>
    <message>
        <source>LCL</source>
        <translation>LCL</translation>
    </message>
    <message>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>言語: %1</translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportBuilder</name>
    <message>
        <source>Chain of identity</source>
        <translation>COI（チェーン・オブ・アイデンティティ）</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>製造記録</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>工程 %1</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>工程 %1（%2）</translation>
    </message>
    <message>
        <source>Result: sample %1, test %2</source>
        <translation>結果: 試料 %1、試験 %2</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>結果 %1</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>試験 %1</translation>
    </message>
    <message>
        <source>Deviation %1</source>
        <translation>逸脱 %1</translation>
    </message>
    <message>
        <source>Environmental sample %1 (%2, grade %3)</source>
        <translation>環境モニタリング試料 %1（%2、グレード %3）</translation>
    </message>
    <message>
        <source>Environmental sample %1</source>
        <translation>環境モニタリング試料 %1</translation>
    </message>
    <message>
        <source>Custody: %1</source>
        <translation>カストディ: %1</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>チェーン・オブ・カストディ</translation>
    </message>
    <message>
        <source>Material %1, lot %2</source>
        <translation>原材料 %1、ロット %2</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>原材料 %1</translation>
    </message>
    <message>
        <source>Equipment %1</source>
        <translation>機器 %1</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>署名 %1</translation>
    </message>
    <message>
        <source>Pending at release: %1</source>
        <translation>出荷判定時に未確定: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <source>Unchanged since signing</source>
        <translation>署名後の変更なし</translation>
    </message>
    <message>
        <source>CHANGED after signing: this signature no longer covers the current data</source>
        <translation>署名後に変更あり: この署名は現在のデータを対象としていません</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>署名の意味</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Data since signing</source>
        <translation>署名後のデータ</translation>
    </message>
    <message>
        <source>DIN %1 · patient reference %2 · collection %3 (%4, %5)</source>
        <translation>DIN %1 · 患者参照番号 %2 · 採取 %3（%4、%5）</translation>
    </message>
    <message>
        <source>%1 · Batch %2 · COI %3</source>
        <translation>%1 · ロット %2 · COI %3</translation>
    </message>
    <message>
        <source>PROVISIONAL CERTIFICATE. The batch was released before all results were in: %1 pending. A final certificate follows when the results are final.</source>
        <translation>暫定版の試験成績書。すべての結果が揃う前に出荷判定されたロットです（未確定: %1）。結果が確定した時点で最終版の試験成績書を発行します。</translation>
    </message>
    <message>
        <source>This batch does not conform to its specification: %1.</source>
        <translation>このロットは規格に適合していません: %1。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>含量</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>Manufacturing site</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>製造日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>%1 version %2, effective %3</source>
        <translation>%1 第%2版（%3 適用開始）</translation>
    </message>
    <message>
        <source>none in force when the batch was made</source>
        <translation>ロット製造時に有効な規格なし</translation>
    </message>
    <message>
        <source>Final product sample</source>
        <translation>最終製品試料</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>not yet tested</source>
        <translation>未試験</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>試験方法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>試験日</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Results of the final product sample %1, judged against the specification above. A pending result is shown as pending; it is not a conclusion.</source>
        <translation>最終製品試料 %1 の結果を上記の規格に照らして判定したものです。未確定の結果は「未確定」と表示しており、判定ではありません。</translation>
    </message>
    <message>
        <source>QC approval</source>
        <translation>QC承認</translation>
    </message>
    <message>
        <source>The QC results of this batch are not approved yet.</source>
        <translation>このロットの試験結果はまだ QC承認されていません。</translation>
    </message>
    <message>
        <source>%1 of batch %2 of %3 (state: %4)</source>
        <translation>%3 のロット %2 の %1（状態: %4）</translation>
    </message>
    <message>
        <source>EXCEPTIONAL RELEASE OF A BATCH OUT OF SPECIFICATION. %1 does not conform: %2. Released at the treating physician&apos;s request (%3) after a risk evaluation (%4).</source>
        <translation>規格外ロットの例外的出荷判定。%1 は規格に適合していません: %2。主治医の要請（%3）に基づき、リスク評価（%4）を経て出荷判定されました。</translation>
    </message>
    <message>
        <source>CONDITIONAL RELEASE. Released before every result was final; the release is confirmed when they are.</source>
        <translation>条件付き出荷判定。すべての結果が確定する前に出荷判定されました。結果の確定をもって出荷判定が確定します。</translation>
    </message>
    <message>
        <source>conditions: results of %1 to follow</source>
        <translation>条件: %1 の結果を後日確認</translation>
    </message>
    <message>
        <source>not registered (an administrator registers sites with &quot;releasedesk sites&quot;)</source>
        <translation>未登録（製造所は管理者が「releasedesk sites」で登録します）</translation>
    </message>
    <message>
        <source>not stated in the specification</source>
        <translation>規格に記載なし</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>製品形態</translation>
    </message>
    <message>
        <source>Manufacturing authorisation</source>
        <translation>製造業許可</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>製造所所在地</translation>
    </message>
    <message>
        <source>Date of manufacture</source>
        <translation>製造年月日</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation>マスター製造記録</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>処置</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>I certify that the batch processing records and the quality control records of batch %1 have been reviewed, that the batch was manufactured and checked in compliance with Good Manufacturing Practice and its marketing or clinical-trial authorisation, and that it conforms to specification %2%3. Every exception found in review was assessed and dispositioned, as the batch review report records.</source>
        <translation>私は、ロット %1 の製造記録および品質管理記録が照査されたこと、当該ロットが GMP ならびに製造販売承認または治験計画届の内容に従って製造および試験されたこと、ならびに規格（第%2版）に適合していること%3を証明します。照査で見つかった例外はすべて評価され処置されており、その内容は照査報告書に記録されています。</translation>
    </message>
    <message>
        <source>, except as stated on this page</source>
        <translation>（本ページに記載の事項を除く）</translation>
    </message>
    <message>
        <source>Release signature</source>
        <translation>出荷判定の署名</translation>
    </message>
    <message>
        <source>Not signed: the batch has not been released.</source>
        <translation>未署名: このロットは出荷判定されていません。</translation>
    </message>
    <message>
        <source>Appendix: Certificate of Analysis</source>
        <translation>付録: 試験成績書</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>記録の版</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>%1 in all: %2 critical, %3 major, %4 minor, %5 for information; %6 without a current disposition</source>
        <translation>全 %1 件: 重大 %2 件、中程度 %3 件、軽微 %4 件、情報 %5 件。現行の処置がないもの %6 件</translation>
    </message>
    <message>
        <source>Exceptions and their dispositions</source>
        <translation>例外とその処置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Deviation: %1</source>
        <translation>逸脱: %1</translation>
    </message>
    <message>
        <source>STALE: made for other data (%1)</source>
        <translation>失効: 別のデータに対する処置です（%1）</translation>
    </message>
    <message>
        <source>Blocks every release.</source>
        <translation>いかなる出荷判定もできません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>箇所</translation>
    </message>
    <message>
        <source>By and when</source>
        <translation>実施者・日時</translation>
    </message>
    <message>
        <source>The review found no exceptions.</source>
        <translation>照査で例外は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Earlier dispositions</source>
        <translation>過去の処置</translation>
    </message>
    <message>
        <source>Exception as it read</source>
        <translation>当時の例外内容</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>No signatures yet.</source>
        <translation>まだ署名はありません。</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>監査証跡を読み取れません</translation>
    </message>
    <message>
        <source>%1 audit events match; a report lists at most %2. Narrow it by days, user or action.</source>
        <translation>該当する監査イベントは %1 件ですが、報告書に記載できるのは最大 %2 件です。日付、ユーザーまたは操作で絞り込んでください。</translation>
    </message>
    <message>
        <source>Whole store %1</source>
        <translation>データストア全体 %1</translation>
    </message>
    <message>
        <source>Audit trail of the store, events up to %1</source>
        <translation>データストアの監査証跡（イベント %1 まで）</translation>
    </message>
    <message>
        <source>Audit trail of batch %1 of %2, events up to %3</source>
        <translation>%2 のロット %1 の監査証跡（イベント %3 まで）</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>the whole store</source>
        <translation>データストア全体</translation>
    </message>
    <message>
        <source>events about batch %1</source>
        <translation>ロット %1 に関するイベント</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>日付（UTC）</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1, in the order recorded, up to event %2</source>
        <translation>%1 件（記録順、イベント %2 まで）</translation>
    </message>
    <message>
        <source>Audit-chain verification</source>
        <translation>監査チェーンの検証</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>チェーンを検証できませんでした: %1</translation>
    </message>
    <message>
        <source>Verified when printed: the hash chain of all %1 events and %2 signed checkpoints is intact, and all %3 electronic signatures verify.</source>
        <translation>印刷時に検証済み: 全 %1 件のイベントと %2 件の署名済みチェックポイントのハッシュチェーンは完全であり、全 %3 件の電子署名の検証に成功しました。</translation>
    </message>
    <message>
        <source>THE AUDIT TRAIL FAILED VERIFICATION when printed: %1</source>
        <translation>印刷時に監査証跡の検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>連番</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>該当するイベントはありません。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Control chart of %1 %2, %n point(s)</source>
        <translation>
            <numerusform>%1 %2 の管理図、%n 点</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>version %1: lower %2, upper %3</source>
        <translation>第%1版: 下限 %2、上限 %3</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>製造日</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>管理図</translation>
    </message>
    <message>
        <source>Individuals and moving range (I-MR)</source>
        <translation>個々の値と移動範囲（I-MR）</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Limits from</source>
        <translation>管理限界の算出元</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>No control limits: %1</source>
        <translation>管理限界なし: %1</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>個々の値</translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation>移動範囲</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限界値</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>中心線</translation>
    </message>
    <message>
        <source>Upper control limit</source>
        <translation>上方管理限界</translation>
    </message>
    <message>
        <source>Lower control limit</source>
        <translation>下方管理限界</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>シグマ</translation>
    </message>
    <message>
        <source>Average moving range</source>
        <translation>平均移動範囲</translation>
    </message>
    <message>
        <source>Moving range upper limit</source>
        <translation>移動範囲の上方管理限界</translation>
    </message>
    <message>
        <source>Lower specification limit</source>
        <translation>下限規格値</translation>
    </message>
    <message>
        <source>Upper specification limit</source>
        <translation>上限規格値</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限界値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Rule violations</source>
        <translation>ルール違反</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Points (batches)</source>
        <translation>点（ロット）</translation>
    </message>
    <message>
        <source>No rule is violated.</source>
        <translation>ルール違反はありません。</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>工程能力</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>算出していません: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Sigma within (MR̄/1.128)</source>
        <translation>群内シグマ（MR̄/1.128）</translation>
    </message>
    <message>
        <source>Sigma overall</source>
        <translation>全体シグマ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>No document of batch %1 can be printed: %2</source>
        <translation>ロット %1 の文書は印刷できません: %2</translation>
    </message>
    <message>
        <source>DRAFT: %1. The batch must be reviewed and decided again before a final document can be printed.</source>
        <translation>草案: %1。最終版の文書を印刷するには、ロットを再度照査し判定する必要があります。</translation>
    </message>
    <message>
        <source>%1 version %2 (not approved)</source>
        <translation>%1 第%2版（未承認）</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1、承認者: %2</translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportRequest</name>
    <message>
        <source>A %1 is of one batch: name it.</source>
        <translation>%1 は 1 ロットを対象とする文書です。ロットを指定してください。</translation>
    </message>
    <message>
        <source>The first day %1 is after the last day %2.</source>
        <translation>開始日 %1 が終了日 %2 より後になっています。</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;.</source>
        <translation>不明な文書の種類「%1」です。</translation>
    </message>
    <message>
        <source>Documents are printed in %1; &quot;%2&quot; is none of them.</source>
        <translation>文書の印刷言語は %1 のいずれかです（「%2」は無効です）。</translation>
    </message>
</context>
<context>
    <name>rd::ui</name>
    <message>
        <source>ReleaseDesk: batch review and release. Run &quot;releasedesk --help&quot; for the command-line verbs.</source>
        <translation>ReleaseDesk: ロットの照査と出荷判定。コマンドラインのコマンドは「releasedesk --help」で確認できます。</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>開くデータストア。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>サインインに使用するユーザー名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation>ReleaseDesk を起動できません</translation>
    </message>
    <message>
        <source>Not enough memory to finish the task.</source>
        <translation>タスクを完了するためのメモリが不足しています。</translation>
    </message>
</context>
<context>
    <name>rd::ui::AccountsPage</name>
    <message>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;アカウント&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, and user names are never reused, so that every record keeps naming the person who made it.</source>
        <translation>アカウントは無効化されるだけで削除されることはなく、ユーザー名も再利用されません。これにより、すべての記録に作成者の名前が残ります。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>無効化(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>パスワードをリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>Disabled %1 by %2: %3</source>
        <translation>無効化済み（%1、%2）: %3</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>有効（パスワードの変更が必要）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Added %1; the initial password must be changed at the first login.</source>
        <translation>%1 を追加しました。初期パスワードは初回ログイン時に変更する必要があります。</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 の無効化</translation>
    </message>
    <message>
        <source>Why is %1 being disabled? (recorded in the audit trail)</source>
        <translation>%1 を無効化する理由は何ですか？（監査証跡に記録されます）</translation>
    </message>
    <message>
        <source>Disable %1? The account stays in the records but can no longer sign in. This cannot be undone; a new account would need a new user name.</source>
        <translation>%1 を無効化しますか？アカウントは記録に残りますが、サインインできなくなります。この操作は元に戻せません。新しいアカウントには新しいユーザー名が必要です。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 を無効化しました。</translation>
    </message>
    <message>
        <source>Only an administrator can change them.</source>
        <translation>これらを変更できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Disabled %1. %2</source>
        <translation>%1 を無効化しました。%2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人識別子</translation>
    </message>
    <message>
        <source>Confirm &amp;hand-over…</source>
        <translation>引き渡しを確認(&amp;H)…</translation>
    </message>
    <message>
        <source>After another administrator reset this account&apos;s password: confirm that its person received it, so that its key may sign.</source>
        <translation>別の管理者がこのアカウントのパスワードをリセットした後に使用します: 本人がアカウントを受け取ったことを確認し、その鍵で署名できるようにします。</translation>
    </message>
    <message>
        <source>; hand-over to confirm before it signs</source>
        <translation>、署名前に引き渡しの確認が必要</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Confirm hand-over to %1</source>
        <translation>%1 への引き渡しの確認</translation>
    </message>
    <message>
        <source>Has the person of %1 received the account in person, and changed its temporary password themselves? Confirm only then: from now on its key signs for them.</source>
        <translation>%1 の本人がアカウントを直接受け取り、一時パスワードを自分で変更しましたか？その場合にのみ確認してください: 今後、このアカウントの鍵は本人の署名に使用されます。</translation>
    </message>
    <message>
        <source>Confirmed the hand-over to %1; its key may sign.</source>
        <translation>%1 への引き渡しを確認しました。このアカウントの鍵で署名できるようになりました。</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login, and its key signs once another administrator confirms the hand-over.</source>
        <translation>%1 のパスワードをリセットしました。次回ログイン時に変更が必要です。このアカウントの鍵は、別の管理者が引き渡しを確認した後に署名できるようになります。</translation>
    </message>
    <message>
        <source>State &amp;person…</source>
        <translation>人物を指定(&amp;P)…</translation>
    </message>
    <message>
        <source>For an account made before person identifiers: state the person it belongs to (an employee number), once.</source>
        <translation>個人識別子の導入前に作成されたアカウントに使用します: そのアカウントの人物（社員番号）を一度だけ指定します。</translation>
    </message>
    <message>
        <source>State the person of %1</source>
        <translation>%1 の人物の指定</translation>
    </message>
    <message>
        <source>The employee number or other identifier unique to the person of %1. It is stated once and recorded in the audit trail.</source>
        <translation>%1 の人物の社員番号、またはその人物に固有の別の識別子。指定は一度だけで、監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>%1

Is %2 that person? Yes links the two accounts: they are one person to every separation-of-duties rule.</source>
        <translation>%1

%2 はその人物ですか？「はい」を選ぶと 2 つのアカウントが関連付けられ、すべての職務分離ルールにおいて同一人物として扱われます。</translation>
    </message>
    <message>
        <source>%1 belongs to the person %2.</source>
        <translation>%1 は個人識別子 %2 の人物のアカウントです。</translation>
    </message>
</context>
<context>
    <name>rd::ui::AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>e.g. j.devries</source>
        <translation>例: j.devries</translation>
    </message>
    <message>
        <source>as printed with signatures</source>
        <translation>署名とともに印刷される表記</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>氏名(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>初期パスワード(&amp;I):</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>確認のため再入力(&amp;E):</translation>
    </message>
    <message>
        <source>The user must change it at the first login.</source>
        <translation>ユーザーは初回ログイン時にこのパスワードを変更する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>アカウントを追加(&amp;A)</translation>
    </message>
    <message>
        <source>The initial password and its repetition differ.</source>
        <translation>初期パスワードと確認用のパスワードが一致しません。</translation>
    </message>
    <message>
        <source>employee number, unique to the person</source>
        <translation>社員番号（本人に固有のもの）</translation>
    </message>
    <message>
        <source>This person already has an account: &amp;link it to them</source>
        <translation>この人物は既にアカウントを持っています: その人物に関連付ける(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Person identifier:</source>
        <translation>個人識別子(&amp;P):</translation>
    </message>
</context>
<context>
    <name>rd::ui::AssignDialog</name>
    <message>
        <source>Assign results to a QC sample</source>
        <translation>結果を QC試料に割り当て</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) (%1) measured on &quot;%2&quot;.</source>
        <translation>
            <numerusform>「%2」で測定された %n 件の結果（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>QC sample</source>
        <translation>QC試料</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why these results belong to that sample</source>
        <translation>これらの結果がその試料のものである理由</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>試料(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>割り当て(&amp;A)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Choose the product the sample is of…</source>
        <translation>試料の製品を選択…</translation>
    </message>
    <message>
        <source>Sample id, or choose the product first</source>
        <translation>試料ID（または先に製品を選択）</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>変更管理</translation>
    </message>
    <message>
        <source>Only for a decided batch, e.g. CC-2026-014: repeat count after a counter fault</source>
        <translation>判定済みのロットの場合のみ。例: CC-2026-014: セルカウンターの不具合のため再計数</translation>
    </message>
    <message>
        <source>A released or rejected batch changes only under change control: it goes on hold and its review and decision are signed again.</source>
        <translation>出荷可または出荷不可と判定されたロットは、変更管理のもとでのみ変更できます。ロットは保留になり、照査と判定に再度署名します。</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Change control:</source>
        <translation>変更管理(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — batch %2, COI %3, patient %4, drawn %5</source>
        <translation>%1 — ロット %2、COI %3、患者 %4、採取 %5</translation>
    </message>
    <message>
        <source>No sample of %1 was drawn in the three days before these results were measured.</source>
        <translation>これらの結果が測定される前の 3 日間に、%1 の試料は採取されていません。</translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditPage</name>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;監査証跡&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter by user, action, record, value or reason</source>
        <translation>ユーザー、操作、記録、値または理由で絞り込み</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>監査証跡を検索</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>監査イベント</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>表示中のイベント</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>報告書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>An audit-trail report of the store or of one batch, by days, user and action, with the chain verification: preview, print or PDF/A (Ctrl+P)</source>
        <translation>データストア全体または 1 ロットの監査証跡報告書（日付、ユーザー、操作で指定、チェーン検証付き）: プレビュー、印刷、PDF/A（Ctrl+P）</translation>
    </message>
    <message>
        <source>Audit-trail report</source>
        <translation>監査証跡報告書</translation>
    </message>
    <message>
        <source>empty: the whole store</source>
        <translation>空欄: データストア全体</translation>
    </message>
    <message>
        <source>Only &amp;these days (UTC):</source>
        <translation>次の日付のみ（UTC）(&amp;T):</translation>
    </message>
    <message>
        <source>empty: every user</source>
        <translation>空欄: 全ユーザー</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>ロット(&amp;B):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前の値</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後の値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>rd::ui::BatchView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>final</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>製造記録</translation>
    </message>
    <message>
        <source>◀ &amp;Queue</source>
        <translation>◀ キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>キューに戻る</translation>
    </message>
    <message>
        <source>Back to the queue (Esc or Alt+Left)</source>
        <translation>キューに戻る（Esc または Alt+Left）</translation>
    </message>
    <message>
        <source>Previous batch</source>
        <translation>前のロット</translation>
    </message>
    <message>
        <source>Alt+Page Up</source>
        <translation>Alt+Page Up</translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation>次のロット</translation>
    </message>
    <message>
        <source>Alt+Page Down</source>
        <translation>Alt+Page Down</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>署名(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign a decision on this batch (Ctrl+Shift+S)</source>
        <translation>このロットに関する判定に署名します（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Parts of the batch record</source>
        <translation>製造記録の各部</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>処置</translation>
    </message>
    <message>
        <source>Disposition comment</source>
        <translation>処置のコメント</translation>
    </message>
    <message>
        <source>Your assessment of this exception and why it is acceptable or what follows from it</source>
        <translation>この例外に対する評価と、許容できる理由またはその結果必要となる対応</translation>
    </message>
    <message>
        <source>Deviation reference</source>
        <translation>逸脱番号</translation>
    </message>
    <message>
        <source>&amp;Record disposition</source>
        <translation>処置を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Record disposition</source>
        <translation>処置を記録</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Go to where the exception points</source>
        <translation>例外の該当箇所へ移動</translation>
    </message>
    <message>
        <source>Show where this exception points (Ctrl+G)</source>
        <translation>この例外の該当箇所を表示します（Ctrl+G）</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>例外:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Deviation:</source>
        <translation>逸脱(&amp;D):</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Chain of identity and custody</source>
        <translation>COI とチェーン・オブ・カストディ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>前回からの経過</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Materials and equipment</source>
        <translation>原材料と機器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Code / id</source>
        <translation>コード／ID</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>Expiry / calibration due</source>
        <translation>有効期限／校正期限</translation>
    </message>
    <message>
        <source>QC results against specification</source>
        <translation>規格に対する試験結果</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>試料</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>試験日</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>試験担当者</translation>
    </message>
    <message>
        <source>Method / instrument</source>
        <translation>試験方法／分析機器</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>逸脱</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>起票日</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>環境モニタリング</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>室</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>グレード</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>採取日時</translation>
    </message>
    <message>
        <source>≥0.5 µm/m³</source>
        <translation>≥0.5 µm/m³</translation>
    </message>
    <message>
        <source>≥5 µm/m³</source>
        <translation>≥5 µm/m³</translation>
    </message>
    <message>
        <source>CFU</source>
        <translation>CFU</translation>
    </message>
    <message>
        <source>Limits (alert / action)</source>
        <translation>基準値（アラート／アクション）</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>署名の意味</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Covers the record</source>
        <translation>現在の記録を対象</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Audit trail of this batch</source>
        <translation>このロットの監査証跡</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前の値</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後の値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>例外(&amp;X)</translation>
    </message>
    <message>
        <source>Identity and custody</source>
        <translation>COI とカストディ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>QC results</source>
        <translation>試験結果</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>キューに戻る(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Next batch</source>
        <translation>次のロット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous batch</source>
        <translation>前のロット(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;exception to disposition</source>
        <translation>処置が必要な次の例外(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go to where the exception points</source>
        <translation>例外の該当箇所へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source> — ✖ NO LONGER COVERS the record</source>
        <translation> — ✖ 現在の記録を対象としていません</translation>
    </message>
    <message>
        <source>Decision: none yet</source>
        <translation>判定: まだなし</translation>
    </message>
    <message>
        <source>Decision: %1 by %2, %3</source>
        <translation>判定: %1（%2、%3）</translation>
    </message>
    <message>
        <source>⚠ EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request (%1). This batch does not meet its specification.</source>
        <translation>⚠ 主治医の要請（%1）による規格外製品の例外的出荷判定。このロットは規格に適合していません。</translation>
    </message>
    <message>
        <source>✖ data changed since the disposition — needs a new one</source>
        <translation>✖ 処置後にデータが変更されました — 再度の処置が必要です</translation>
    </message>
    <message>
        <source>✖ needs a disposition</source>
        <translation>✖ 処置が必要です</translation>
    </message>
    <message>
        <source> [blocks release]</source>
        <translation> [出荷判定不可]</translation>
    </message>
    <message>
        <source>E&amp;xceptions (none)</source>
        <translation>例外（なし）(&amp;X)</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1, %2 open)</source>
        <translation>例外（%1 件、未処置 %2 件）(&amp;X)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation>マスター製造記録</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>記録のステータス</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>製品形態</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation>出荷予定</translation>
    </message>
    <message>
        <source>Treatment centre</source>
        <translation>治療施設</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>有効な規格なし</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>記録の版</translation>
    </message>
    <message>
        <source>Content hash (signed)</source>
        <translation>コンテンツハッシュ（署名対象）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>COI</translation>
    </message>
    <message>
        <source>DIN %1 · patient %2 · collection %3 at %4, %5</source>
        <translation>DIN %1 · 患者 %2 · 採取 %3（%4、%5）</translation>
    </message>
    <message>
        <source>✖ see exceptions</source>
        <translation>✖ 例外を参照</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4–%5)</source>
        <translation>%1 %2 %3（%4–%5）</translation>
    </message>
    <message>
        <source>✖ not verified</source>
        <translation>✖ 未確認</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>原材料</translation>
    </message>
    <message>
        <source>✖ expired when used</source>
        <translation>✖ 使用時に期限切れ</translation>
    </message>
    <message>
        <source>✖ past calibration when used</source>
        <translation>✖ 使用時に校正期限切れ</translation>
    </message>
    <message>
        <source>✖ MISSING</source>
        <translation>✖ 欠落</translation>
    </message>
    <message>
        <source>(in-process, not judged)</source>
        <translation>（工程内試験、判定対象外）</translation>
    </message>
    <message>
        <source>✔ conforms</source>
        <translation>✔ 適合</translation>
    </message>
    <message>
        <source>✖ DOES NOT CONFORM</source>
        <translation>✖ 不適合</translation>
    </message>
    <message>
        <source>⧗ pending</source>
        <translation>⧗ 未確定</translation>
    </message>
    <message>
        <source>✖ invalidated: %1</source>
        <translation>✖ 無効: %1</translation>
    </message>
    <message>
        <source>v%1 (supersedes v%2)</source>
        <translation>v%1（v%2 の改版）</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>QC results (specification v%1)</source>
        <translation>試験結果（規格 v%1）</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1/%2 · %3/%4 · %5/%6</source>
        <translation>%1/%2 · %3/%4 · %5/%6</translation>
    </message>
    <message>
        <source>✖ excursion, see exceptions</source>
        <translation>✖ 基準値超過、例外を参照</translation>
    </message>
    <message>
        <source>pending at signing: %1</source>
        <translation>署名時に未確定: %1</translation>
    </message>
    <message>
        <source>physician&apos;s request %1; risk evaluation: %2</source>
        <translation>医師の要請 %1、リスク評価: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ はい</translation>
    </message>
    <message>
        <source>✖ NO — the record changed after signing</source>
        <translation>✖ いいえ — 署名後に記録が変更されました</translation>
    </message>
    <message>
        <source>Nothing you can sign on this batch now; the menu says why.</source>
        <translation>現在このロットに対して署名できるものはありません。理由はメニューに表示されています。</translation>
    </message>
    <message>
        <source>No exception selected.</source>
        <translation>例外が選択されていません。</translation>
    </message>
    <message>
        <source> (deviation %1)</source>
        <translation> (逸脱 %1)</translation>
    </message>
    <message>
        <source>No disposition yet.</source>
        <translation>処置はまだありません。</translation>
    </message>
    <message>
        <source>Batch facts</source>
        <translation>ロットの概要</translation>
    </message>
    <message>
        <source>Signatures so far</source>
        <translation>これまでの署名</translation>
    </message>
    <message>
        <source>Exceptional release</source>
        <translation>例外的出荷判定</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Selected exception</source>
        <translation>選択中の例外</translation>
    </message>
    <message>
        <source>Disposition history</source>
        <translation>処置の履歴</translation>
    </message>
    <message>
        <source>Who may record dispositions</source>
        <translation>処置を記録できるユーザー</translation>
    </message>
    <message>
        <source>Disposition of the selected exception</source>
        <translation>選択中の例外の処置</translation>
    </message>
    <message>
        <source>Exceptions and disposition</source>
        <translation>例外と処置</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Certificate of Analysis…</source>
        <translation>試験成績書(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Release certificate…</source>
        <translation>出荷判定書(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>照査報告書(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail of this batch…</source>
        <translation>このロットの監査証跡(&amp;A)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Certificate of Analysis (Ctrl+P), release certificate, review report or audit trail: preview, print or export PDF/A</source>
        <translation>試験成績書（Ctrl+P）、出荷判定書、照査報告書または監査証跡: プレビュー、印刷、PDF/A 出力</translation>
    </message>
    <message>
        <source>%1 · Site %2 · COI %3 · Patient %4 · State: %5 · Planned shipment %6 · Expiry %7</source>
        <translation>%1 · 製造所 %2 · COI %3 · 患者 %4 · 状態: %5 · 出荷予定 %6 · 有効期限 %7</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>A deviation of this batch (DEV-2026-0142), or one held elsewhere (external: QMS-2026-0042); needed where the exception blocks release</source>
        <translation>このロットの逸脱(DEV-2026-0142)、または他のシステムで管理される逸脱(external: QMS-2026-0042)。例外が出荷判定を妨げる場合は必須</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Not acceptable: the batch can then only be rejected.</source>
        <translation>許容不可: その場合、このロットは出荷不可と判定するほかありません。</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>%1, %2: %3 — %4%5</source>
        <translation>%1、%2: %3 — %4%5</translation>
    </message>
    <message>
        <source>Chain of identity in doubt</source>
        <translation>COI に疑義あり</translation>
    </message>
    <message>
        <source>Identifier read</source>
        <translation>読み取った識別子</translation>
    </message>
    <message>
        <source>⚠ CHAIN OF IDENTITY IN DOUBT — no release of any kind:
%1</source>
        <translation>⚠ COI に疑義があります — いかなる出荷判定もできません:
%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source> = chain of identity</source>
        <translation> = COI</translation>
    </message>
    <message>
        <source> ≠ chain of identity</source>
        <translation> ≠ COI</translation>
    </message>
    <message>
        <source>&amp;Judge against another specification version…</source>
        <translation>別の版の規格に照らして判定(&amp;J)…</translation>
    </message>
    <message>
        <source>Judge batch %1 against another specification</source>
        <translation>ロット %1 を別の規格に照らして判定</translation>
    </message>
    <message>
        <source>Batch %1 is judged against version %2 of %3. Judged against another approved version, it goes back through QC approval and review; a decided batch needs change control and goes on hold.</source>
        <translation>ロット %1 の判定に用いている規格: %3、版: %2。承認済みの別の版に照らして判定すると、ロットは再度 QC承認と照査を経ます。判定済みのロットには変更管理が必要で、ロットは保留になります。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Specification version</source>
        <translation>規格の版</translation>
    </message>
    <message>
        <source>version %1 — %2</source>
        <translation>第%1版 — %2</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>変更管理</translation>
    </message>
    <message>
        <source>A decided batch: CC-2026-014: reason</source>
        <translation>判定済みのロットの場合: CC-2026-014: 理由</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Change control:</source>
        <translation>変更管理(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Judge against it</source>
        <translation>この版に照らして判定(&amp;J)</translation>
    </message>
    <message>
        <source>%1 has no other approved specification version.</source>
        <translation>%1 には承認済みの別の版の規格がありません。</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>%1, you must choose a new password before going on: this is your first login, or an administrator has reset your password.</source>
        <translation>%1 さん、続行する前に新しいパスワードを設定してください。初回ログインであるか、管理者がパスワードをリセットしました。</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>%1 のパスワードを変更します。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>新しいパスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <source>Close the &amp;session</source>
        <translation>セッションを閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>新しいパスワードと確認用のパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Import records or results</source>
        <translation>記録または結果の取り込み</translation>
    </message>
    <message>
        <source>Records and results (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>記録と結果 (*.json *.csv);;JSON (*.json);;CSV (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを取り込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>キャンセル中です。何も書き込まれません…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>取り込みをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written in %1 s.</source>
        <translation>
            <numerusform>%n 行を書き込みました（%1 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>取り込みが完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the new content as new versions? The stored versions stay readable, and the audit trail records the reason.</source>
        <translation>新しい内容を新しい版として保存しますか？保存済みの版は引き続き参照でき、理由は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Import: content differs</source>
        <translation>取り込み: 内容の相違</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>改版</translation>
    </message>
    <message>
        <source>Why is the stored content being superseded?</source>
        <translation>保存済みの内容を改版する理由は何ですか？</translation>
    </message>
    <message>
        <source>Nothing was written: superseding needs a reason.</source>
        <translation>何も書き込まれていません。改版には理由が必要です。</translation>
    </message>
    <message>
        <source>Import under change control? Each batch named goes on hold, and its review and decision must be signed again.</source>
        <translation>変更管理のもとで取り込みますか？対象の各ロットは保留になり、照査と判定に再度署名する必要があります。</translation>
    </message>
    <message>
        <source>Import: decided batches</source>
        <translation>取り込み: 判定済みのロット</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>変更管理</translation>
    </message>
    <message>
        <source>Change-control reference and reason (REFERENCE: reason), for example CC-2026-014: viability repeated after a counter fault</source>
        <translation>変更管理の参照番号と理由（参照番号: 理由）。例: CC-2026-014: セルカウンターの不具合のため生存率を再測定</translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxModel</name>
    <message>
        <source>Open</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Sample in the file</source>
        <translation>ファイル内の試料</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>測定日時</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>分析機器</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>試験担当者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>処理</translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxPage</name>
    <message>
        <source>&lt;h2&gt;Unassigned results&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;未割り当て結果&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Results whose sample matched no QC sample of a batch wait here with every value as imported. A QC analyst assigns them to the sample they were measured on, or rejects them; both need a reason and go into the audit trail.</source>
        <translation>どのロットの QC試料とも一致しなかった結果は、取り込んだときの値のままここで保留されます。QC試験担当者が、測定対象の試料に割り当てるか却下します。いずれの場合も理由が必要で、監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter by sample, test, instrument, analyst or file</source>
        <translation>試料、試験、分析機器、試験担当者またはファイルで絞り込み</translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation>未割り当て結果</translation>
    </message>
    <message>
        <source>&amp;Assign to sample…</source>
        <translation>試料に割り当て(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>却下(&amp;J)…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n 件の結果を表示中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>、%n 件を選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n result(s) to sample %1.</source>
        <translation>
            <numerusform>%n 件の結果を試料 %1 に割り当てました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject results</source>
        <translation>結果の却下</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n result(s) rejected? (for the audit trail)</source>
        <translation>
            <numerusform>これら %n 件の結果を却下する理由は何ですか？（監査証跡に記録されます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n result(s).</source>
        <translation>
            <numerusform>%n 件の結果を却下しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>表示中の結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>rd::ui::LockCover</name>
    <message>
        <source>ReleaseDesk is locked</source>
        <translation>ReleaseDesk はロックされています</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>別のユーザーとしてサインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Ends this session (anything unsaved in open dialogs is discarded) and signs another user in.</source>
        <translation>このセッションを終了し（開いているダイアログの未保存の内容は破棄されます）、別のユーザーをサインインさせます。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Unlock in the ReleaseDesk window in front.</source>
        <translation>手前の ReleaseDesk ウィンドウでロックを解除してください。</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>&amp;Store</source>
        <translation>データストア(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation>データストアを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>ReleaseDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation>ReleaseDesk — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>データストア: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>%1（%2）としてサインインしました。</translation>
    </message>
    <message>
        <source>Checkpoint not recorded</source>
        <translation>チェックポイントを記録できませんでした</translation>
    </message>
    <message>
        <source>The session ended, but its audit checkpoint could not be signed: %1</source>
        <translation>セッションは終了しましたが、監査チェックポイントに署名できませんでした: %1</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>ReleaseDesk is finishing a task; close the window again in a moment.</source>
        <translation>ReleaseDesk はタスクを完了しようとしています。しばらくしてから、もう一度ウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>ReleaseDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Batch-record and QC review for cell-therapy manufacturing.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It uses QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) and libsodium (ISC).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;細胞治療製品の製造における製造記録と試験結果の照査。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降の下で提供されるフリーソフトウェアです。QCustomPlot（GPL-3.0）、Qt（LGPL-3.0）、SQLCipher（BSD）、libsodium（ISC）を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import specifications, batch records or QC results (JSON, CSV, Allotrope)</source>
        <translation>規格、製造記録または試験結果を取り込みます（JSON、CSV、Allotrope）</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation>未割り当て結果</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>取り込みが完了しました。</translation>
    </message>
    <message>
        <source>Unassigned results (%1)</source>
        <translation>未割り当て結果（%1）</translation>
    </message>
    <message>
        <source>Signed-in user and role</source>
        <translation>サインイン中のユーザーとロール</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>データストアを開く</translation>
    </message>
    <message>
        <source>Time until the window locks</source>
        <translation>ウィンドウがロックされるまでの時間</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>ロット(&amp;B)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation>署名(&amp;A)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>%1:%2 後にロック</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without input (Ctrl+L locks it now).</source>
        <translation>
            <numerusform>操作のない状態が %n 分続くとウィンドウがロックされます（Ctrl+L ですぐにロック）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>The lock&apos;s audit checkpoint could not be signed: %1</source>
        <translation>ロックの監査チェックポイントに署名できませんでした: %1</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>ロックを解除するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>ロックを解除しました。</translation>
    </message>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ一覧</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Navigation and page</source>
        <translation>ナビゲーションとページ</translation>
    </message>
    <message>
        <source>Batch %1 cannot be opened.</source>
        <translation>ロット %1 を開けません。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>文書を検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that a PDF issued by ReleaseDesk is unaltered and matches the record</source>
        <translation>ReleaseDesk が発行した PDF が改変されておらず、記録と一致していることを確認します</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Language, default store, printed documents, chart defaults and appearance</source>
        <translation>言語、既定のデータストア、印刷文書、管理図の既定値、外観の設定</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>規格</translation>
    </message>
</context>
<context>
    <name>rd::ui::PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを隠す</translation>
    </message>
</context>
<context>
    <name>rd::ui::QueueModel</name>
    <message>
        <source>decided</source>
        <translation>判定済み</translation>
    </message>
    <message>
        <source>no shipment planned</source>
        <translation>出荷予定なし</translation>
    </message>
    <message>
        <source>shipped conditionally</source>
        <translation>条件付きで出荷済み</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>%1 超過</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <source>%1 — blocks release</source>
        <translation>%1 — 出荷判定不可</translation>
    </message>
    <message>
        <source>The planned shipment to %1 has passed: a patient is waiting.</source>
        <translation>%1 への出荷予定を過ぎています。患者が待っています。</translation>
    </message>
    <message>
        <source>Exceptions are being computed.</source>
        <translation>例外を算出しています。</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>COI</translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation>出荷予定</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>Minor / info</source>
        <translation>軽微／情報</translation>
    </message>
    <message>
        <source>To disposition</source>
        <translation>未処置</translation>
    </message>
    <message>
        <source>%1 — signatures no longer cover</source>
        <translation>%1 — 署名が現在の記録を対象としていません</translation>
    </message>
    <message>
        <source>The record changed after the decision was signed: the batch must be reviewed and decided again, and its documents print as DRAFT.</source>
        <translation>判定への署名後に記録が変更されました。ロットを再度照査し判定する必要があり、その文書は草案として印刷されます。</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
    <message>
        <source>Expired on %1: the product cannot be released.</source>
        <translation>%1 に有効期限切れ:製品は出荷判定できません。</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>有効期限 %1。</translation>
    </message>
</context>
<context>
    <name>rd::ui::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>&amp;Made between</source>
        <translation>製造期間(&amp;M)</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>製造期間の開始</translation>
    </message>
    <message>
        <source>Made until</source>
        <translation>製造期間の終了</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>キューを検索</translation>
    </message>
    <message>
        <source>Search batch, product, site, COI or state (Ctrl+F)</source>
        <translation>ロット、製品、製造所、COI、状態で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Sort by &amp;urgency</source>
        <translation>緊急度順に並べ替え(&amp;U)</translation>
    </message>
    <message>
        <source>Sort by urgency</source>
        <translation>緊急度順に並べ替え</translation>
    </message>
    <message>
        <source>Batches in the queue</source>
        <translation>キュー内のロット</translation>
    </message>
    <message>
        <source>Exceptions computed</source>
        <translation>例外の算出状況</translation>
    </message>
    <message>
        <source>Exceptions computed: %v of %m</source>
        <translation>例外の算出: %v / %m</translation>
    </message>
    <message>
        <source>Still to decide</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>すべての製造所</translation>
    </message>
    <message>
        <source>%1 of %2 batches shown.%3</source>
        <translation>%2 ロット中 %1 ロットを表示。%3</translation>
    </message>
    <message numerus="yes">
        <source> %n batch(es) past their planned shipment.</source>
        <translation>
            <numerusform> 出荷予定を過ぎたロットが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>表示中のロット</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>製造所(&amp;T):</translation>
    </message>
    <message>
        <source>Shown: %1, the most urgent first; reading the rest of the queue…</source>
        <translation>%1 ロットを表示中（緊急度の高い順）。キューの残りを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportFlow</name>
    <message>
        <source>Export %1 as PDF/A</source>
        <translation>%1 を PDF/A でエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF/A</source>
        <translation>PDF/A でエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2 written to %3 (%n page(s)).</source>
        <translation>
            <numerusform>%1 第%2版を %3 に書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview — %1 %2 (%3)</source>
        <translation>印刷プレビュー — %1 %2（%3）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Printed, but not recorded in the register: %1</source>
        <translation>印刷しましたが、文書台帳に記録されていません: %1</translation>
    </message>
    <message>
        <source>Export PDF/A…</source>
        <translation>PDF/A でエクスポート…</translation>
    </message>
    <message>
        <source>Write this document as a PDF/A file (Ctrl+E)</source>
        <translation>この文書を PDF/A ファイルとして書き出します（Ctrl+E）</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>文書の検証</translation>
    </message>
</context>
<context>
    <name>rd::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 のパスワードをリセット</translation>
    </message>
    <message>
        <source>Set a temporary password for %1 and give it to them in person. They must change it at the next login. A lockout is lifted, and the account gets a new signing key.</source>
        <translation>%1 の一時パスワードを設定し、本人に直接伝えてください。本人は次回ログイン時にパスワードを変更する必要があります。ロックアウトは解除され、アカウントには新しい署名鍵が発行されます。</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>一時パスワード(&amp;T):</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>確認のため再入力(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>パスワードをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>The temporary password and its repetition differ.</source>
        <translation>一時パスワードと確認用のパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>the store opened last</source>
        <translation>最後に開いたデータストア</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Forget recent stores</source>
        <translation>最近使用したデータストアの履歴を消去(&amp;F)</translation>
    </message>
    <message>
        <source>By the system&apos;s measurement units (A4 or Letter)</source>
        <translation>システムの単位系に合わせる（A4 またはレター）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>画面の表示言語</translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation>I-MR 管理図</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation>ヒストグラムと工程能力</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 点</translation>
    </message>
    <message>
        <source>Nelson tests</source>
        <translation>Nelson テスト</translation>
    </message>
    <message>
        <source>Westgard rules</source>
        <translation>Westgard ルール</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation>既定のデータストア(&amp;S):</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>印刷文書</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>Print &amp;in:</source>
        <translation>印刷言語(&amp;I):</translation>
    </message>
    <message>
        <source>New trend charts</source>
        <translation>新しいトレンド管理図</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>管理図(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>ベースライン(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>ルール(&amp;R):</translation>
    </message>
    <message>
        <source>This store (every workstation)</source>
        <translation>このデータストア（全端末共通）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>無操作時ロックまでの時間(&amp;I):</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>管理者が設定します。</translation>
    </message>
    <message>
        <source>Default store</source>
        <translation>既定のデータストア</translation>
    </message>
</context>
<context>
    <name>rd::ui::SignDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>署名: %1</translation>
    </message>
    <message>
        <source>Batch %1 (%2), record version %3, now &quot;%4&quot;.
Content hash: %5
Signed by %6 (%7) as %8.%9</source>
        <translation>ロット %1（%2）、記録 第%3版、現在の状態「%4」。
コンテンツハッシュ: %5
署名者: %6（%7）、ロール: %8。%9</translation>
    </message>
    <message>
        <source>
Still pending: %1.</source>
        <translation>
未確定: %1。</translation>
    </message>
    <message>
        <source>⚠ This batch does NOT meet its specification. An exceptional release is made only at the treating physician&apos;s written request, on a recorded risk evaluation, and is stated on every screen and document of this batch.</source>
        <translation>⚠ このロットは規格に適合していません。例外的出荷判定は、主治医の書面による要請があり、リスク評価が記録されている場合にのみ行われ、その旨がこのロットのすべての画面と文書に明示されます。</translation>
    </message>
    <message>
        <source>Physician&apos;s request reference</source>
        <translation>医師の要請の参照番号</translation>
    </message>
    <message>
        <source>e.g. letter of Dr. N. Visser, 2026-11-20</source>
        <translation>例: N. Visser 医師の書簡、2026-11-20</translation>
    </message>
    <message>
        <source>&amp;Physician&apos;s request:</source>
        <translation>医師の要請(&amp;P):</translation>
    </message>
    <message>
        <source>Risk evaluation</source>
        <translation>リスク評価</translation>
    </message>
    <message>
        <source>&amp;Risk evaluation:</source>
        <translation>リスク評価(&amp;R):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>理由（必須）(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>コメント(&amp;O):</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>署名(&amp;S)</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>署名するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>署名中</translation>
    </message>
    <message>
        <source>Sign or cancel</source>
        <translation>署名またはキャンセル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Out of specification: %1. Name the OOS investigation that assessed it; it is signed with the approval.</source>
        <translation>規格外: %1。これを評価した OOS調査を指定してください。承認とともに署名されます。</translation>
    </message>
    <message>
        <source>OOS investigation reference</source>
        <translation>OOS調査の参照番号</translation>
    </message>
    <message>
        <source>e.g. OOS-2026-031</source>
        <translation>例: OOS-2026-031</translation>
    </message>
    <message>
        <source>OOS &amp;investigation:</source>
        <translation>OOS調査(&amp;I):</translation>
    </message>
</context>
<context>
    <name>rd::ui::SpecApprovalDialog</name>
    <message>
        <source>Approve a specification</source>
        <translation>規格の承認</translation>
    </message>
    <message>
        <source>Approve specification %1 version %2</source>
        <translation>規格 %1 第%2版の承認</translation>
    </message>
    <message>
        <source>Specification approved</source>
        <translation>規格の承認</translation>
    </message>
    <message>
        <source>By signing I approve this version as the specification that batches of %1 made from the day it takes effect are judged against. I have compared it with the version it replaces.</source>
        <translation>私は署名により、この版を、適用開始日以降に製造される %1 のロットの判定に用いる規格として承認します。この版を、置き換えられる版と比較しました。</translation>
    </message>
    <message>
        <source>It takes effect on %1.</source>
        <translation>%1 から適用されます。</translation>
    </message>
    <message>
        <source>It states %1, which has passed: it takes effect on %2, the day of approval, and judges no batch made before.</source>
        <translation>記載の日付 %1 は既に過ぎているため、承認日である %2 から適用され、それより前に製造されたロットの判定には使用されません。</translation>
    </message>
    <message>
        <source>%1 version %2 (%3), %4 tests, imported by %5.
%6
Content hash: %7
Signed by %8 (%9) as %10.</source>
        <translation>%1 第%2版（%3）、試験項目 %4 件、取り込み者: %5。
%6
コンテンツハッシュ: %7
署名者: %8（%9）、ロール: %10。</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>署名中</translation>
    </message>
    <message>
        <source>Approve or cancel</source>
        <translation>承認またはキャンセル</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>署名するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Changes from version %1:
%2</source>
        <translation>第%1版からの変更点:
%2</translation>
    </message>
    <message>
        <source>nothing but the version and dates</source>
        <translation>版と日付のみ</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>%1 の最初の版です。</translation>
    </message>
</context>
<context>
    <name>rd::ui::SpecificationsPage</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Specifications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;規格&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An administrator imports a specification version as a draft. It judges batches once a QA reviewer other than its importer approves it, from the date it states or the day of approval, whichever is later. A batch keeps the version in force when it was made.</source>
        <translation>管理者は規格の版を草案として取り込みます。その版を取り込んだ本人以外の QA照査者が承認すると、記載された日付と承認日のうち遅いほうの日から、ロットの判定に使用されます。ロットには、製造時に有効だった版が引き続き適用されます。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Stated effective</source>
        <translation>記載の適用開始日</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>承認状況</translation>
    </message>
    <message>
        <source>Specification versions</source>
        <translation>規格の版</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve the selected draft with your electronic signature.</source>
        <translation>選択した草案を電子署名により承認します。</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限界値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Release-critical</source>
        <translation>出荷判定に必須</translation>
    </message>
    <message>
        <source>May be pending</source>
        <translation>未確定でも可</translation>
    </message>
    <message>
        <source>Tests of the selected version</source>
        <translation>選択した版の試験項目</translation>
    </message>
    <message>
        <source>What changed from the version before</source>
        <translation>前の版からの変更点</translation>
    </message>
    <message>
        <source>Tests and changes</source>
        <translation>試験項目と変更点</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The store has no specifications yet: an administrator imports them.</source>
        <translation>データストアにはまだ規格がありません。規格は管理者が取り込みます。</translation>
    </message>
    <message>
        <source>Select a version to see its tests.</source>
        <translation>版を選択すると、その試験項目が表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 version %2&lt;/b&gt;: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 第%2版&lt;/b&gt;: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>%1 の最初の版です。</translation>
    </message>
    <message>
        <source>Changed from version %1:</source>
        <translation>第%1版からの変更点:</translation>
    </message>
    <message>
        <source>nothing but the version and dates</source>
        <translation>版と日付のみ</translation>
    </message>
    <message>
        <source>Specification %1 version %2: %3.</source>
        <translation>規格 %1 第%2版: %3。</translation>
    </message>
</context>
<context>
    <name>rd::ui::StorePage</name>
    <message>
        <source>&lt;h2&gt;Store&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;データストア&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Verify the store</source>
        <translation>データストアを検証(&amp;V)</translation>
    </message>
    <message>
        <source>Check the root, the schema, every key certificate, the audit chain with its signed checkpoints, every record, every electronic signature and the file&apos;s structure (as releasedesk verify does).</source>
        <translation>ルート鍵、スキーマ、すべての鍵証明書、署名済みチェックポイントを含む監査チェーン、すべての記録、すべての電子署名、ファイルの構造を確認します（releasedesk verify と同じ）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>データストアID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>スキーマバージョン</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>SQLCipher %1, format %2 (page size %3, %4); created with %5</source>
        <translation>SQLCipher %1、フォーマット %2（ページサイズ %3、%4）、%5 で作成</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation>%1（有効 %2）</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>監査イベント</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>最終チェックポイント</translation>
    </message>
    <message>
        <source>event %1, signed by %2 at %3</source>
        <translation>イベント %1、%3 に %2 が署名</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>✘ Verification failed at event %1: %2</source>
        <translation>✘ イベント %1 で検証に失敗しました: %2</translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation>✘ 検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Inactivity lock in minutes</source>
        <translation>無操作時ロックまでの時間（分）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>続くとウィンドウをロック</translation>
    </message>
    <message>
        <source>Saved; it applies from now on.</source>
        <translation>保存しました。今後はこの設定が適用されます。</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>管理者が設定します。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>データストア</translation>
    </message>
    <message>
        <source>Facts about the store</source>
        <translation>データストアの情報</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>検証の進捗</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Inactivity lock setting</source>
        <translation>無操作時ロックの設定</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>無操作状態が(&amp;L)</translation>
    </message>
    <message>
        <source>Root fingerprint</source>
        <translation>ルート鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>Key generation</source>
        <translation>鍵世代</translation>
    </message>
    <message>
        <source>%1; a re-key is due (%2): it is done when this session ends with nothing else open</source>
        <translation>%1。鍵更新が必要です（%2）: 他に何も開いていない状態でこのセッションが終了したときに実行されます</translation>
    </message>
    <message>
        <source>✔ Verified: %1 events, %2 signed checkpoints, %3 electronic signatures, %4 records and %5 key certificates match; store root %6.</source>
        <translation>✔ 検証済み: %1 件のイベント、%2 件の署名済みチェックポイント、%3 件の電子署名、%4 件の記録、%5 件の鍵証明書が一致しました。データストアのルート鍵: %6。</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendChart</name>
    <message>
        <source>Control chart</source>
        <translation>管理図</translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation>製品と試験を選択してください。</translation>
    </message>
    <message>
        <source>No points.</source>
        <translation>点がありません。</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <source>USL</source>
        <translation>USL</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>n = %1
Cp %2   Cpk %3
Pp %4   Ppk %5</source>
        <translation>n = %1
Cp %2   Cpk %3
Pp %4   Ppk %5</translation>
    </message>
    <message>
        <source>Rule violated (▲)</source>
        <translation>ルール違反（▲）</translation>
    </message>
    <message>
        <source>Warning only (◆)</source>
        <translation>警告のみ（◆）</translation>
    </message>
    <message>
        <source>Batch, in order of manufacture</source>
        <translation>ロット（製造順）</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>CL %1</source>
        <translation>CL %1</translation>
    </message>
    <message>
        <source>+3 SD %1</source>
        <translation>+3 SD %1</translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation>UCL %1</translation>
    </message>
    <message>
        <source>−3 SD %1</source>
        <translation>−3 SD %1</translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation>LCL %1</translation>
    </message>
    <message>
        <source>+%1 SD</source>
        <translation>+%1 SD</translation>
    </message>
    <message>
        <source>−%1 SD</source>
        <translation>−%1 SD</translation>
    </message>
    <message>
        <source>LSL %1</source>
        <translation>LSL %1</translation>
    </message>
    <message>
        <source>USL %1</source>
        <translation>USL %1</translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation>移動範囲</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>MR</translation>
    </message>
    <message>
        <source>MR̄ %1</source>
        <translation>MR̄ %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Batch %1 (%2)
%3: %4 %5
Made %6
%7</source>
        <translation>ロット %1（%2）
%3: %4 %5
製造日 %6
%7</translation>
    </message>
    <message>
        <source>No rule violated</source>
        <translation>ルール違反なし</translation>
    </message>
    <message>
        <source>Violates: %1</source>
        <translation>違反: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>試験</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>製造所</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>すべての製造所</translation>
    </message>
    <message>
        <source>Made &amp;between</source>
        <translation>製造期間(&amp;B)</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>製造期間の開始</translation>
    </message>
    <message>
        <source>Made until</source>
        <translation>製造期間の終了</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>管理図</translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation>I-MR 管理図</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation>ヒストグラムと工程能力</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>ベースラインの開始</translation>
    </message>
    <message>
        <source>Baseline until</source>
        <translation>ベースラインの終了</translation>
    </message>
    <message>
        <source>&amp;Freeze baseline…</source>
        <translation>ベースラインを固定(&amp;F)…</translation>
    </message>
    <message>
        <source>Keep the current baseline&apos;s mean and SD under a name, as they are now, for Levey-Jennings charts.</source>
        <translation>現在のベースラインの平均と SD を、現時点の値のまま名前を付けて保存し、Levey-Jennings 管理図に使用します。</translation>
    </message>
    <message>
        <source>Baseline points</source>
        <translation>ベースラインの点数</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 点</translation>
    </message>
    <message>
        <source>Limits from the first K points.</source>
        <translation>最初の K 点から管理限界を算出します。</translation>
    </message>
    <message>
        <source>All Westgard rules</source>
        <translation>Westgard の全ルール</translation>
    </message>
    <message>
        <source>All Nelson tests</source>
        <translation>Nelson の全テスト</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Home in the chart; + and − zoom, arrows pan</source>
        <translation>管理図上では Home キーでリセット、+ と − で拡大・縮小、矢印キーで移動</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>管理図を PNG で保存…</translation>
    </message>
    <message>
        <source>Chart as PDF (vector)…</source>
        <translation>管理図を PDF（ベクター）で保存…</translation>
    </message>
    <message>
        <source>Points, limits and flags as CSV…</source>
        <translation>点、管理限界、フラグを CSV で保存…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Use as &amp;out-of-trend rules</source>
        <translation>トレンド外ルールとして使用(&amp;O)</translation>
    </message>
    <message>
        <source>Make these rules raise out-of-trend exceptions in review for this product and test (administrators).</source>
        <translation>これらのルールにより、この製品と試験の照査でトレンド外の例外が発生するようにします（管理者）。</translation>
    </message>
    <message>
        <source>Limits and capability</source>
        <translation>管理限界と工程能力</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>違反</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>試験(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>管理図(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>ベースライン(&amp;B):</translation>
    </message>
    <message>
        <source>Limits and violations</source>
        <translation>管理限界と違反</translation>
    </message>
    <message>
        <source>Chart and violations</source>
        <translation>管理図と違反</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>全点</translation>
    </message>
    <message>
        <source>First points</source>
        <translation>最初の点</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>製造期間</translation>
    </message>
    <message>
        <source>Frozen: %1 (%2 points, %3)</source>
        <translation>固定済み: %1（%2 点、%3）</translation>
    </message>
    <message>
        <source>A frozen baseline is shown: choose the points of a new one first.</source>
        <translation>固定済みのベースラインが表示されています。先に新しいベースラインとする点を選択してください。</translation>
    </message>
    <message>
        <source>Freeze baseline</source>
        <translation>ベースラインの固定</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>ベースラインの名前:</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>ルール（%1）</translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation>製品と試験を選択してください。</translation>
    </message>
    <message>
        <source>The baseline holds fewer than two points; the limits use all of them.</source>
        <translation>ベースラインの点が 2 点未満のため、全点を使用して管理限界を算出しています。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>N/A</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), %1 %2</source>
        <translation>
            <numerusform>%n ロット、%1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre %1, σ %2, limits %3 to %4 (from %5 points)</source>
        <translation>中心 %1、σ %2、管理限界 %3～%4（%5 点から算出）</translation>
    </message>
    <message>
        <source>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</source>
        <translation>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) of the chosen rules</source>
        <translation>
            <numerusform>選択したルールの違反 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 trend</source>
        <translation>%1 %2 のトレンド</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>These rules now raise out-of-trend exceptions in review.</source>
        <translation>これらのルールにより、照査でトレンド外の例外が発生するようになりました。</translation>
    </message>
    <message>
        <source>Trend &amp;report: preview, print, PDF/A…</source>
        <translation>トレンド報告書: プレビュー、印刷、PDF/A(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a product and a test with data first.</source>
        <translation>先にデータのある製品と試験を選択してください。</translation>
    </message>
</context>
<context>
    <name>rd::ui::UnlockDialog</name>
    <message>
        <source>ReleaseDesk — locked</source>
        <translation>ReleaseDesk — ロック中</translation>
    </message>
    <message>
        <source>ReleaseDesk — unlock a store</source>
        <translation>ReleaseDesk — データストアのロック解除</translation>
    </message>
    <message>
        <source>The session was locked. Enter your password to go on, or sign in as someone else.</source>
        <translation>セッションはロックされました。続行するにはパスワードを入力するか、別のユーザーとしてサインインしてください。</translation>
    </message>
    <message>
        <source>Choose a store and sign in.</source>
        <translation>データストアを選択してサインインしてください。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>データストア(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit ReleaseDesk</source>
        <translation>ReleaseDesk を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Choose a store folder</source>
        <translation>データストアのフォルダーを選択</translation>
    </message>
    <message>
        <source>The password must be changed before the store can be used.</source>
        <translation>データストアを使用する前に、パスワードを変更する必要があります。</translation>
    </message>
</context>
</TS>
